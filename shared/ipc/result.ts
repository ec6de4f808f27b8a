import type { MessageParams } from '../i18n/messageKey';

export type ErrorCode = 'BAD_INPUT' | 'UNKNOWN_CHANNEL' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL' | 'UNAVAILABLE' | (string & {});

/**
 * A refusal as it crosses the contract: `code` for programs, `key` + `params` (the `errors` namespace,
 * shared/i18n/messageKey.ts) for the renderer to word in the language shown, `message` the same words as
 * main said them (its language setting; English in logs). `fields`: field path → an encoded message
 * ('errors:text.required|{…}', see encodeWords) or plain text.
 */
export type ApiError = { code: ErrorCode; message: string; key?: string; params?: MessageParams; fields?: Record<string, string> };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Same words on every transport, and no echo of the name asked for: a caller's input is never sent back. */
export const UNKNOWN_CHANNEL_MESSAGE = 'The app does not know this request: its name is not one of the channels of this version.';
export const UNKNOWN_CHANNEL_KEY = 'errors:app.unknownChannel';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/**
 * A refusal whose words are already said (`message`), with their key: for the transports that cannot carry
 * i18next (the sandboxed preload, the bridge script). Everything else uses `fail` from ./refusal.
 */
export function failure(
  code: ErrorCode,
  message: string,
  words?: { key: string; params?: MessageParams },
  fields?: Record<string, string>,
): { ok: false; error: ApiError } {
  const error: ApiError = { code, message };
  if (words) {
    error.key = words.key;
    if (words.params) error.params = words.params;
  }
  if (fields) error.fields = fields;
  return { ok: false, error };
}
