export type ErrorCode = 'BAD_INPUT' | 'UNKNOWN_CHANNEL' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL' | 'UNAVAILABLE' | (string & {});

export type ApiError = { code: ErrorCode; message: string; fields?: Record<string, string> };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Same words on every transport, and no echo of the name asked for: a caller's input is never sent back. */
export const UNKNOWN_CHANNEL_MESSAGE = 'The app does not know this request: its name is not one of the channels of this version.';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, fields?: Record<string, string>): { ok: false; error: ApiError } => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});

/** Thrown by core handlers for an expected refusal; the dispatcher turns it into an error value. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
