/**
 * Every non-2xx answer has one shape (README "Errors"):
 *   { "error": { "code": "PreconditionFailed", "message": "...", "details": [{ "target": "...", "message": "..." }] } }
 * It is the Microsoft REST / OData error envelope; `details` appears only for field-level problems.
 */
export type ErrorDetail = { target: string; message: string };
export type ErrorBody = { error: { code: string; message: string; details?: ErrorDetail[] } };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

export const badRequest = (code: string, message: string, details?: ErrorDetail[]) => new ApiError(400, code, message, details);
export const notFound = (message: string) => new ApiError(404, 'NotFound', message);

/** What a handler answers; the HTTP layer writes it (or a fault mangles it first). */
export type Reply = { status: number; headers: Record<string, string>; body?: unknown };

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({ status, headers, body });

export const errorReply = (e: ApiError): Reply => ({ status: e.status, headers: e.headers, body: e.body() });

/** Turns zod issues into error details with dotted field paths (details.dealValue, team.0.email). */
export function issuesToDetails(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ErrorDetail[] {
  return issues.map((i) => ({ target: i.path.map(String).join('.') || '(body)', message: i.message }));
}
