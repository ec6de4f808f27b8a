import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { dealEditsSchema, type Referral } from '../../../../shared/domain';
import { inputLocale, normalizeAmount } from '../../format/amountInput';
import { fromDateInput, toDateInput } from '../../format/dates';
import { formSchema } from '../forms/formSchema';

const dealKeys = ['name', 'dealValue', 'currency', 'closingDateTime', 'notes', 'externalReferenceId', 'campaignId'] as const;

/** The deal fields of Accept and Edit as the inputs hold them (the close date as yyyy-mm-dd). */
const dealFieldsShape = z.object({
  name: z.string(),
  dealValue: z.string(),
  currency: z.string(),
  closingDateTime: z.string(),
  notes: z.string(),
  externalReferenceId: z.string(),
  campaignId: z.string(),
});

/**
 * The form of Accept and Edit, checked with the shared dealEditsSchema. Only what the seller changed is
 * checked and sent (history records just that), so it is built around the values the dialog opened with.
 * The fields sit under `edits`, as in the action, so the schema's and main's paths are the form's.
 */
export const dealFormSchema = (initial: z.input<typeof dealFieldsShape>) =>
  z.object({
    edits: formSchema(
      dealFieldsShape,
      (form) => {
        const changed: Partial<Record<(typeof dealKeys)[number], string>> = {};
        for (const key of dealKeys) {
          if (form[key] === initial[key]) continue;
          // "250,000" (or "250 000" in Russian) is the amount the list shows: taken as 250000.
          changed[key] =
            key === 'closingDateTime'
              ? fromDateInput(form[key])
              : key === 'dealValue'
                ? normalizeAmount(form[key], inputLocale())
                : form[key];
        }
        return changed;
      },
      dealEditsSchema,
    ),
  });

export type DealForm = z.input<ReturnType<typeof dealFormSchema>>;
export type DealFormOutput = z.output<ReturnType<typeof dealFormSchema>>;

/** The deal form of a dialog over `r`, checked on submit (and, after that, as the seller corrects a field). */
export function useDealForm(r: Referral) {
  const [setup] = useState(() => {
    const initial = dealFormOf(r);
    return { initial, resolver: zodResolver(dealFormSchema(initial.edits)) };
  });
  return useForm<DealForm, unknown, DealFormOutput>({ defaultValues: setup.initial, resolver: setup.resolver });
}

export function dealFormOf(r: Referral): DealForm {
  return {
    edits: {
      name: r.name,
      dealValue: r.details.dealValue,
      currency: r.details.currency,
      closingDateTime: toDateInput(r.details.closingDateTime),
      notes: r.details.notes,
      externalReferenceId: r.externalReferenceId,
      campaignId: r.campaignId,
    },
  };
}
