import { z } from 'zod';
import { errorMessage } from '../i18n/messageKey';
import { idSchema } from '../domain';

/** Sync channels beyond status/now (SPEC F4): the conflicts waiting for the seller, and their resolution. */

export const conflictChoiceSchema = z.enum(['local', 'server'], {
  error: errorMessage('conflict.choice'),
});
export type ConflictChoice = z.infer<typeof conflictChoiceSchema>;

/** One field changed both here and on the service: the seller's value and the service's, as stored (JSON). */
export const conflictFieldSchema = z.object({
  /** The referral's field path with dots, e.g. "details.dealValue" (the same words history uses). */
  field: z.string(),
  local: z.unknown(),
  server: z.unknown(),
});
export type ConflictFieldView = z.infer<typeof conflictFieldSchema>;

/** One deal whose change waits for the seller: every overlapping field, and the deal's currency for money values. */
export const conflictSchema = z.object({
  referralId: z.string(),
  dealName: z.string(),
  currency: z.string().nullable(),
  createdAt: z.string(),
  fields: z.array(conflictFieldSchema),
});
export type ConflictView = z.infer<typeof conflictSchema>;

const FIELD_NAME = /^[A-Za-z][A-Za-z.]{0,99}$/;

/**
 * Field → 'local' | 'server'. Checked as a whole, not key by key: a per-key check would name the key in
 * the error's path, and a malformed request must never have its input echoed back.
 */
const choicesSchema = z
  .record(z.string(), z.unknown(), { error: errorMessage('conflict.choicesShape') })
  .superRefine((choices, ctx) => {
    const entries = Object.entries(choices);
    if (entries.length === 0) ctx.addIssue({ code: 'custom', message: errorMessage('conflict.noChoice') });
    else if (entries.length > 30) ctx.addIssue({ code: 'custom', message: errorMessage('conflict.tooMany') });
    else if (entries.some(([field]) => !FIELD_NAME.test(field)))
      ctx.addIssue({ code: 'custom', message: errorMessage('conflict.fieldName') });
    else if (entries.some(([, v]) => v !== 'local' && v !== 'server'))
      ctx.addIssue({ code: 'custom', message: errorMessage('conflict.choiceEach') });
  })
  .transform((choices) => choices as Record<string, ConflictChoice>);

export const resolveConflictInputSchema = z.object({ referralId: idSchema, choices: choicesSchema }).strict();
