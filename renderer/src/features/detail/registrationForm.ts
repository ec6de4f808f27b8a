import { z } from 'zod';
import { REGISTRATION_DELAY_MS, winActionSchema, type Referral } from '../../../../shared/domain';
import { inputLocale, normalizeAmount } from '../../format/amountInput';
import { fromDateInput, toDateInput } from '../../format/dates';
import { formSchema } from '../forms/formSchema';

/**
 * Won with a deal registration, as the inputs hold it (dates as yyyy-mm-dd, the term as typed, one deployment
 * text per eligible solution), then the shared win action schema. The fields sit under `registration`, as in
 * the action, so the schema's and main's paths ("registration.deployments.0.deploymentDetails") are the form's.
 */
export const winFormSchema = formSchema(
  z.object({
    registration: z.object({
      contractValue: z.string(),
      currency: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      signDate: z.string(),
      termMonths: z.string(),
      deployments: z.array(z.object({ solutionId: z.string(), deploymentDetails: z.string() })),
    }),
  }),
  ({ registration: r }) => {
    const term = r.termMonths.trim();
    return {
      type: 'win',
      registration: {
        ...r,
        contractValue: normalizeAmount(r.contractValue, inputLocale()),
        // Empty dates stay empty, so the schema names them.
        startDate: fromDateInput(r.startDate),
        endDate: fromDateInput(r.endDate),
        signDate: fromDateInput(r.signDate),
        termMonths: term === '' ? undefined : Number(term),
      },
    };
  },
  winActionSchema,
);

export type WinForm = z.input<typeof winFormSchema>;
export type WinAction = z.output<typeof winFormSchema>;

export const eligibleSolutions = (r: Referral) => r.details.requirements.solutions.filter((s) => s.registrationEligible);

/** A deal registration cannot be submitted earlier than 72 hours after the deal was created (SPEC F1). */
export const registrationOpensAt = (r: Referral) => Date.parse(r.createdDateTime) + REGISTRATION_DELAY_MS;

export function winFormOf(r: Referral): WinForm {
  return {
    registration: {
      contractValue: r.details.dealValue,
      currency: r.details.currency,
      startDate: toDateInput(r.details.closingDateTime),
      endDate: '',
      signDate: '',
      termMonths: '12',
      deployments: eligibleSolutions(r).map((s) => ({ solutionId: s.id, deploymentDetails: '' })),
    },
  };
}
