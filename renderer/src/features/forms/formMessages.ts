import { get, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { errorFields } from '../../api/baseQuery';
import { sayFieldMessage } from '../../i18n/errorWords';

/**
 * Puts the main process's field messages on the form's own fields. Every form mirrors the shared schema main
 * checks with, so a server path is the form path after `prefix` ("action.edits.name" → "edits.name",
 * "deal.team" → "team", "settings.serviceUrl" → "serviceUrl"). A path the form holds no value at (a detail
 * of a list item, a field this dialog does not show) is left to the message above the form.
 * Returns the form paths that got a message.
 */
export function setServerErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'setError' | 'getValues'>,
  error: unknown,
  prefix: string,
): FieldPath<T>[] {
  const values = form.getValues();
  const set: FieldPath<T>[] = [];
  for (const [serverPath, message] of Object.entries(errorFields(error))) {
    if (!serverPath.startsWith(prefix)) continue;
    // Checked against the form's values just above: the string is one of the form's paths.
    const path = serverPath.slice(prefix.length) as FieldPath<T>;
    if (get(values, path) === undefined || set.includes(path)) continue;
    form.setError(path, { type: 'server', message });
    set.push(path);
  }
  return set;
}

/**
 * The first message in a form error: a field's own, or (for a list or a group) the first of its parts, in the
 * language shown (the shared schemas' and main's messages are keys, see shared/i18n/messageKey.ts).
 */
export function firstMessage(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('message' in error && typeof error.message === 'string' && error.message) return sayFieldMessage(error.message);
  for (const [key, part] of Object.entries(error)) {
    // A field error's `ref` is the input element itself, not a part of the error.
    if (key === 'ref') continue;
    const found = firstMessage(part);
    if (found) return found;
  }
  return undefined;
}

/** The message a field shows: the schema's, or `emptyMessage` where the field was left empty ("Choose the end date"). */
export function fieldMessage(error: unknown, value: unknown, emptyMessage?: string): string | undefined {
  const message = firstMessage(error);
  if (!message) return undefined;
  const empty = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  return emptyMessage && empty ? emptyMessage : message;
}
