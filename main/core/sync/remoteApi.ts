/**
 * The RemoteApi port: what the sync engine needs from the referrals service. The HTTP adapter is
 * referralsClient.ts; tests may pass their own. Records come back as `unknown`: the engine validates
 * every one with referralSchema, because a bad record must be reported and skipped, not thrown.
 */

/**
 * The domain paths the engine diffs (history, conflicts, the local view). What goes on the wire is
 * translated from these by wire/toWire.ts: /name and /registration stay on this computer, /inviteContext
 * is a connected Microsoft referral, /statusReasonNotes folds into the /statusReason text.
 */
export const syncedPaths = [
  '/name',
  '/externalReferenceId',
  '/campaignId',
  '/status',
  '/substatus',
  '/statusReason',
  '/statusReasonNotes',
  '/details/dealValue',
  '/details/currency',
  '/details/closingDateTime',
  '/details/notes',
  '/details/requirements/solutions',
  '/team',
  '/salesStage',
  '/consent/consentToShareReferralWithMicrosoftSellers',
  // The customer contact given with a request for Microsoft's help on an existing deal (coSellRule.ts).
  '/customerProfile/team',
  '/inviteContext',
  '/registration',
] as const;
export type SyncedPath = (typeof syncedPaths)[number];

export type JsonPatchOp = { op: 'replace' | 'add'; path: SyncedPath; value: unknown };

export type RemotePage = { value: unknown[]; nextLink: string | null };

/** A PATCH answer: 200 with the referral, or 204 with only the new ETag header (null when the service sent none). */
export type PatchReply = { body: unknown } | { noContent: true; eTag: string | null };

/** Where a referrals listing starts: a fresh query, or the service's own continuation link. */
export type ListFrom = { updatedAfter: string | null } | { nextLink: string };

export type RemoteApi = {
  /** One page (at most 100) of referrals, oldest change first. */
  listReferrals(from: ListFrom, signal?: AbortSignal): Promise<RemotePage>;
  getReferral(id: string, signal?: AbortSignal): Promise<unknown>;
  /** POST; `requestId` must be the same on every retry of this write. */
  createReferral(body: unknown, requestId: string, signal?: AbortSignal): Promise<unknown>;
  /** PATCH (JSON Patch on the contract's paths) with If-Match. */
  patchReferral(id: string, ops: readonly unknown[], eTag: string, requestId: string, signal?: AbortSignal): Promise<PatchReply>;
  /** Every referral of one engagement (ours, Microsoft's connected one, another partner's). */
  listEngagement(engagementId: string, signal?: AbortSignal): Promise<unknown[]>;
  /** Customer directory (our extension), one page; null starts from the first page. */
  listCustomers(nextLink: string | null, signal?: AbortSignal): Promise<RemotePage>;
  /** The whole solution catalog (our extension). */
  listSolutions(signal?: AbortSignal): Promise<unknown[]>;
};

/** 'auth': no usable credential for this service (never signed in here, or the sign-in needs the seller): nothing was sent. */
export type RemoteErrorKind = 'network' | 'timeout' | 'http' | 'malformed' | 'aborted' | 'auth';
export type RemoteErrorDetail = { target: string; message: string };

/**
 * A failed call, typed so the engine can decide without parsing text: retry (network, timeout,
 * malformed reply, 408, 429, 5xx), sign in (401, or no credential), keep changes queued (403: the account
 * lacks the role), rebase (412) or give the refusal to the seller.
 */
export class RemoteError extends Error {
  constructor(
    readonly kind: RemoteErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string = kind,
    readonly retryAfterMs: number | null = null,
    readonly details: readonly RemoteErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'RemoteError';
  }

  get retryable(): boolean {
    if (this.kind === 'aborted' || this.kind === 'auth') return false;
    if (this.kind !== 'http') return true;
    const s = this.status ?? 0;
    return s === 408 || s === 429 || s >= 500;
  }

  /** The service refused who we are (401), or we had no credential to send: the seller must sign in. */
  get unauthorized(): boolean {
    return this.status === 401 || this.kind === 'auth';
  }

  /** The account is known but may not do this (403): no role in Partner Center, or outside its location scope. */
  get forbidden(): boolean {
    return this.status === 403;
  }
}

export const AUTH_MESSAGE =
  'The referrals service refused the sign-in, even renewed. Sign in again to keep syncing; your changes stay queued on this computer.';
/** RemoteError code for "nobody is signed in for this service": nothing was sent, and it is not a sync failure. */
export const NOT_SIGNED_IN_CODE = 'NotSignedIn';
export const ROLE_MISSING_MESSAGE = 'Your account has no Referrals admin or Referrals user role in Partner Center.';
