import type { z } from 'zod';

export type FieldMessages = Record<string, string>;

/** The first message per field of a failed parse, keyed by the path's last segment ("edits.name" → "name"). */
export function messagesFromIssues(issues: readonly z.core.$ZodIssue[]): FieldMessages {
  const out: FieldMessages = {};
  for (const issue of issues) {
    const key = String(issue.path.at(-1) ?? '');
    if (key && !(key in out)) out[key] = issue.message;
  }
  return out;
}

/**
 * Field messages the main process sent back ({"action.edits.name": "..."}), keyed by the last segment so
 * they land on the same inputs as the dialog's own checks. Keys the form does not know are dropped:
 * the error's message, shown above the form, still says what went wrong.
 */
export function messagesFromServer(fields: Record<string, string>, known: readonly string[]): FieldMessages {
  const out: FieldMessages = {};
  for (const [path, message] of Object.entries(fields)) {
    const key = path.split('.').at(-1) ?? path;
    if (known.includes(key) && !(key in out)) out[key] = message;
  }
  return out;
}

/** Every message keyed by its full path ("deployments.0.deploymentDetails"), after dropping `prefix` ("registration."). */
export function messagesByPath(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldMessages {
  const out: FieldMessages = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const key = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    if (key && !(key in out)) out[key] = issue.message;
  }
  return out;
}

/** The main process's field messages keyed by full path, after dropping `prefix` ("action.registration."). */
export function serverMessagesByPath(fields: Record<string, string>, prefix: string): FieldMessages {
  const out: FieldMessages = {};
  for (const [path, message] of Object.entries(fields)) {
    if (path.startsWith(prefix)) out[path.slice(prefix.length)] ??= message;
  }
  return out;
}
