import { REGISTRATION_DELAY_MS, type Referral, type Registration } from '../../../../shared/domain';
import { fromDateInput, toDateInput } from '../../format/dates';

/** The deal-registration form as the inputs hold it; one deployment text per eligible solution. */
export type RegistrationForm = {
  contractValue: string;
  currency: string;
  startDate: string;
  endDate: string;
  signDate: string;
  termMonths: string;
  deployments: Record<string, string>;
};

export const eligibleSolutions = (r: Referral) => r.details.requirements.solutions.filter((s) => s.registrationEligible);

/** A deal registration cannot be submitted earlier than 72 hours after the deal was created (SPEC F1). */
export const registrationOpensAt = (r: Referral) => Date.parse(r.createdDateTime) + REGISTRATION_DELAY_MS;

export function registrationFormOf(r: Referral): RegistrationForm {
  const close = toDateInput(r.details.closingDateTime);
  return {
    contractValue: r.details.dealValue,
    currency: r.details.currency,
    startDate: close,
    endDate: '',
    signDate: '',
    termMonths: '12',
    deployments: Object.fromEntries(eligibleSolutions(r).map((s) => [s.id, ''])),
  };
}

/** The candidate registration for the shared schema; empty dates stay empty so the schema names them. */
export function registrationCandidate(
  form: RegistrationForm,
  r: Referral,
): Omit<Registration, 'termMonths'> & { termMonths: number | undefined } {
  const term = form.termMonths.trim();
  return {
    contractValue: form.contractValue,
    currency: form.currency,
    startDate: fromDateInput(form.startDate),
    endDate: fromDateInput(form.endDate),
    signDate: fromDateInput(form.signDate),
    termMonths: term === '' ? undefined : Number(term),
    deployments: eligibleSolutions(r).map((s) => ({ solutionId: s.id, deploymentDetails: form.deployments[s.id] ?? '' })),
  };
}
