import type { DealEdits, Referral } from '../../../../shared/domain';
import { fromDateInput, toDateInput } from '../../format/dates';

/** The deal fields of Accept and Edit, as the strings the inputs hold. */
export type DealForm = Required<Record<keyof DealEdits, string>>;
export const dealFieldNames = ['name', 'dealValue', 'currency', 'closingDateTime', 'notes', 'externalReferenceId', 'campaignId'] as const;

export function dealFormOf(r: Referral): DealForm {
  return {
    name: r.name,
    dealValue: r.details.dealValue,
    currency: r.details.currency,
    closingDateTime: toDateInput(r.details.closingDateTime),
    notes: r.details.notes,
    externalReferenceId: r.externalReferenceId,
    campaignId: r.campaignId,
  };
}

/** Only what the seller changed goes into the action, so history records just that. */
export function editsOf(form: DealForm, initial: DealForm): Record<string, string> {
  const edits: Record<string, string> = {};
  for (const key of dealFieldNames) {
    if (form[key] !== initial[key]) edits[key] = key === 'closingDateTime' ? fromDateInput(form[key]) : form[key];
  }
  return edits;
}
