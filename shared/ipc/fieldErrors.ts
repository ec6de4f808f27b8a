import type { z } from 'zod';
import { errorMessage } from '../i18n/messageKey';

export const UNKNOWN_FIELDS_MESSAGE = errorMessage('input.unknownFields');

/**
 * Input is never echoed back (the caller may be a hostile page): zod names an unknown key in its message
 * ('Unrecognized key: "…"'), so that message is replaced by one that names only the object it is in.
 * Paths are safe: they are made of the schema's own keys and array indexes.
 */
function messageOf(issue: z.core.$ZodIssue): string {
  return issue.code === 'unrecognized_keys' || issue.code === 'invalid_key' ? UNKNOWN_FIELDS_MESSAGE : issue.message;
}

/**
 * Field path → first message, e.g. { "deal.team": "errors:team.min" }: the shared schemas' messages are
 * encoded words (shared/i18n/messageKey.ts), which the renderer says in the language shown; zod's own are
 * English text. The dispatcher's and the settings patch's refusals both come from here; `root` names the whole input.
 */
export function fieldErrors(error: z.ZodError, root = '(input)'): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || root;
    fields[key] ??= messageOf(issue);
  }
  return fields;
}
