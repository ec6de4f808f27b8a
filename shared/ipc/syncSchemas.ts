import { z } from 'zod';
import { idSchema } from '../domain';

/**
 * Sync channels beyond status/now (SPEC F4): the conflicts waiting for the seller, their resolution, and the
 * service's sign-in token. The token only ever goes in (sync:setToken); nothing sends it back out.
 */

export const conflictChoiceSchema = z.enum(['local', 'server'], {
  error: 'Choose "local" (your value) or "server" (the service\'s value)',
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
  .record(z.string(), z.unknown(), { error: 'choices maps each field in conflict to "local" or "server"' })
  .superRefine((choices, ctx) => {
    const entries = Object.entries(choices);
    if (entries.length === 0) ctx.addIssue({ code: 'custom', message: 'Choose a value for at least one field' });
    else if (entries.length > 30) ctx.addIssue({ code: 'custom', message: 'At most 30 fields can be in conflict' });
    else if (entries.some(([field]) => !FIELD_NAME.test(field)))
      ctx.addIssue({ code: 'custom', message: 'A field name is letters and dots, like details.dealValue' });
    else if (entries.some(([, v]) => v !== 'local' && v !== 'server'))
      ctx.addIssue({ code: 'custom', message: 'Choose "local" (your value) or "server" (the service\'s value) for each field' });
  })
  .transform((choices) => choices as Record<string, ConflictChoice>);

export const resolveConflictInputSchema = z.object({ referralId: idSchema, choices: choicesSchema }).strict();

/** Bearer tokens (JWTs, opaque keys) are printable ASCII without spaces; empty removes the saved one. */
export const setTokenInputSchema = z
  .object({
    token: z
      .string({ error: 'The token must be text' })
      .trim()
      .max(8192, 'That token is too long (over 8 KB)')
      .regex(/^[\x21-\x7e]*$/, 'A token has no spaces or special characters: paste it exactly as you received it'),
  })
  .strict();

/**
 * Where the token in use comes from: the launch command (web host --service-token / COSELL_SERVICE_TOKEN),
 * saved encrypted by the OS, saved in a file that only the user can read (web host), kept in memory
 * until the app quits (no OS encryption available), or none.
 */
export const tokenStateSchema = z.object({
  hasToken: z.boolean(),
  kept: z.enum(['launch', 'os-encrypted', 'file', 'memory', 'none']),
  /** A sentence for the seller: where the token is and how it is protected. */
  description: z.string(),
});
export type TokenState = z.infer<typeof tokenStateSchema>;
