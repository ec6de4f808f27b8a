export type ErrorCode = 'BAD_INPUT' | 'UNKNOWN_CHANNEL' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL' | 'UNAVAILABLE' | (string & {});

export type ApiError = { code: ErrorCode; message: string; fields?: Record<string, string> };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

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
