import { referralSchema, type Referral } from '../../../shared/domain';
import { RemoteError, type ListFrom, type RemotePage } from './remoteApi';
import { withRetry } from './retry';
import { changesBetween, CURSOR_KEY, describeIssues, nowIso, SERVICE_ACTOR, withoutFsync, type SyncDeps } from './syncDeps';

export type PullResult = { pages: number; applied: number; skipped: number };

/** A page pointing at itself this many times in a row is a loop, not a glitch. */
const MAX_REPEATS = 3;
const MAX_PAGES = 100_000;

const idOf = (raw: unknown): string | null => {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 128 ? id : null;
};

/**
 * Stores one valid service record: the server copy, a history entry for what the service changed,
 * then the local view (server copy + pending intents). Idempotent: the same record twice changes
 * nothing, and an older copy than ours is ignored. Returns whether anything was written.
 */
export function applyServerRecord(d: SyncDeps, r: Referral, hint: { noPending?: boolean; mayHaveIssue?: boolean; initial?: boolean } = {}): boolean {
  const prev = d.sync.serverCopy(r.id);
  if (hint.mayHaveIssue !== false) d.records.clearIssue(r.id);
  if (prev && prev.etag === r.eTag) return false;
  if (prev && Date.parse(prev.updated) > Date.parse(r.updatedDateTime)) return false;
  // Changes waiting to be sent were made on the copy we had: keep it as their base (see migration 0004).
  if (prev && (hint.noPending === false || (hint.noPending === undefined && d.sync.pendingCount(r.id) > 0))) d.sync.keepBase(prev);
  d.sync.putServerCopy(r);
  noteArrival(d, prev?.referral ?? null, r, hint.initial === true);
  if (prev) {
    const changes = changesBetween(prev.referral, r);
    if (changes.length > 0) {
      d.store.addHistory({ referralId: r.id, at: r.updatedDateTime, actor: SERVICE_ACTOR, action: 'serviceUpdate', changes, outboxSeq: null, synced: true });
    }
  }
  if (r.substatus === 'Expired') d.sync.confirmExpiry(r.id);
  d.view.refresh(r.id, { server: r, noPending: hint.noPending });
  return true;
}

/** New inbound referrals and Microsoft's answers, for notifications. The first download is not news. */
function noteArrival(d: SyncDeps, prev: Referral | null, r: Referral, initial: boolean): void {
  if (!prev && !initial && r.direction === 'inbound' && r.status === 'New') {
    d.outcome.newInbound.push({ id: r.id, name: r.name, customerName: r.customerProfile.name, expiresAt: r.expirationDateTime ?? null });
  }
  const answer = r.inviteContext?.microsoftResponse;
  if (prev && answer && answer !== 'pending' && prev.inviteContext?.microsoftResponse !== answer) {
    d.outcome.helpAnswers.push({ referralId: r.id, name: r.name, customerName: r.customerProfile.name, answer });
  }
}

/** One page in ONE transaction: valid records applied, bad ones reported and skipped. */
function applyPage(d: SyncDeps, records: readonly unknown[], initial: boolean): { changed: string[]; maxUpdated: number; skipped: number } {
  return withoutFsync(d.db, () => d.db.transaction(() => {
    const pending = d.sync.pendingIdSet();
    const withIssues = new Set(d.records.issueReferralIds());
    const changed: string[] = [];
    let maxUpdated = Number.NEGATIVE_INFINITY;
    let skipped = 0;
    for (const raw of records) {
      const parsed = referralSchema.safeParse(raw);
      if (!parsed.success) {
        skipped += 1;
        const id = idOf(raw);
        d.records.reportIssue(id, nowIso(d), `The service sent referral ${id ?? '(without an id)'} in a shape this app cannot read; it was skipped.`, describeIssues(parsed.error.issues));
        continue;
      }
      const r = parsed.data;
      maxUpdated = Math.max(maxUpdated, Date.parse(r.updatedDateTime));
      if (applyServerRecord(d, r, { noPending: !pending.has(r.id), mayHaveIssue: withIssues.has(r.id), initial })) changed.push(r.id);
    }
    return { changed, maxUpdated, skipped };
  }).immediate());
}

/**
 * Delta pull: everything changed since the cursor minus an overlap (clocks and same-millisecond writes),
 * oldest first, following @odata.nextLink. The cursor moves only after the last page, so a pass cut
 * short starts again from the same point; re-reading a record is harmless.
 */
export async function pull(d: SyncDeps, overlapMs: number): Promise<PullResult> {
  const cursor = d.sync.meta(CURSOR_KEY);
  const since = cursor ? new Date(Date.parse(cursor) - overlapMs).toISOString() : null;
  const fetchPage = (from: ListFrom): Promise<RemotePage> => withRetry(() => d.api.listReferrals(from, d.retry.signal), d.retry);
  let maxSeen = cursor ? Date.parse(cursor) : Number.NEGATIVE_INFINITY;
  let pages = 0;
  let applied = 0;
  let skipped = 0;
  let repeats = 0;
  let request: ListFrom = { updatedAfter: since };
  let next: Promise<RemotePage> = fetchPage(request);
  for (;;) {
    const page = await next;
    pages += 1;
    if (page.nextLink) {
      repeats = 'nextLink' in request && request.nextLink === page.nextLink ? repeats + 1 : 0;
      if (repeats >= MAX_REPEATS || pages >= MAX_PAGES) {
        throw new RemoteError('malformed', 'The service kept sending the same page of referrals; the sync stopped and will start over next time.');
      }
      // The next page travels while this one is written.
      request = { nextLink: page.nextLink };
      next = fetchPage(request);
      next.catch(() => undefined);
    }
    const result = applyPage(d, page.value, cursor === null);
    maxSeen = Math.max(maxSeen, result.maxUpdated);
    applied += result.changed.length;
    skipped += result.skipped;
    d.changed(result.changed);
    if (!page.nextLink) break;
    await d.yieldNow();
  }
  if (Number.isFinite(maxSeen)) d.sync.setMeta(CURSOR_KEY, new Date(maxSeen).toISOString());
  return { pages, applied, skipped };
}

/**
 * Records skipped by an earlier pass are read again one by one: a transient bad copy heals, whatever
 * the cursor did meanwhile. A record the service no longer has stops being an issue.
 */
export async function recheckIssues(d: SyncDeps, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    let raw: unknown;
    try {
      raw = await withRetry(() => d.api.getReferral(id, d.retry.signal), d.retry);
    } catch (e) {
      if (e instanceof RemoteError && e.status === 404) {
        d.records.clearIssue(id);
        continue;
      }
      throw e;
    }
    const parsed = referralSchema.safeParse(raw);
    const changed = d.db.transaction(() => {
      if (parsed.success) return applyServerRecord(d, parsed.data);
      d.records.reportIssue(id, nowIso(d), `The service still sends referral ${id} in a shape this app cannot read.`, describeIssues(parsed.error.issues));
      return false;
    }).immediate();
    if (changed) d.changed([id]);
  }
}
