import { errorMessage } from '../../../shared/i18n';
import type { Referral } from '../../../shared/domain';
import { deferListIndexes, restoreDeferredIndexes, restoreStatements } from '../store/deferredIndexes';
import { referralColumns, type ReferralColumns } from '../store/referralRow';
import { RemoteError, type ListFrom, type RemotePage } from './remoteApi';
import { withRetry } from './retry';
import { changesBetween, CURSOR_KEY, nowIso, SERVICE_ACTOR, withoutFsync, type SyncDeps } from './syncDeps';
import type { ServerCopy } from './syncStore';
import { walSteps, type WalSteps } from './walSteps';
import { pageReader, readReferral } from './wire/read';

export type PullResult = { pages: number; applied: number; skipped: number };

/** A page pointing at itself this many times in a row is a loop, not a glitch. */
const MAX_REPEATS = 3;
const MAX_PAGES = 100_000;

/**
 * Stores one valid service record: the server copy, a history entry for what the service changed,
 * then the local view (server copy + pending intents). Idempotent: the same record twice changes
 * nothing, and an older copy than ours is ignored. Returns whether anything was written.
 * `columns` (referralColumns(r), from the page's preparation) spares the serialization inside the
 * transaction.
 */
export function applyServerRecord(
  d: SyncDeps,
  r: Referral,
  hint: {
    noPending?: boolean;
    mayHaveIssue?: boolean;
    initial?: boolean;
    columns?: ReferralColumns;
    /** The service's JSON as received (stored beside the domain copy). */
    wire?: string;
    /** Store even when eTag and time are the same (the copy was mapped again with Microsoft's answer). */
    force?: boolean;
  } = {},
): boolean {
  const stored = d.sync.serverCopyRaw(r.id);
  if (hint.mayHaveIssue !== false) d.records.clearIssue(r.id);
  if (stored && !hint.force) {
    // A list item may come without its eTag: then only a later time means a newer copy.
    // Same eTag and time: the same copy (after a 204 we hold the eTag with the state we sent, not the service's time).
    if (r.eTag !== '' && stored.etag === r.eTag && stored.updated === r.updatedDateTime) return false;
    if (r.eTag === '' && stored.updated === r.updatedDateTime) return false;
    if (Date.parse(stored.updated) > Date.parse(r.updatedDateTime)) return false;
  }
  // Written only by syncStore from schema-valid referrals.
  const prev: ServerCopy | null = stored
    ? { referral: JSON.parse(stored.json) as Referral, etag: stored.etag, updated: stored.updated }
    : null;
  // Changes waiting to be sent were made on the copy we had: keep it as their base (see migration 0004).
  if (prev && (hint.noPending === false || (hint.noPending === undefined && d.sync.pendingCount(r.id) > 0))) d.sync.keepBase(prev);
  d.sync.putServerCopy(r, hint.columns?.json, hint.wire);
  if (r.direction === 'outbound' && r.consent.consentToShareReferralWithMicrosoftSellers) d.sync.noteEngagementOwner(r.engagementId, r.id);
  noteArrival(d, prev?.referral ?? null, r, hint.initial === true);
  if (prev) {
    const changes = changesBetween(prev.referral, r);
    if (changes.length > 0) {
      d.store.addHistory({
        referralId: r.id,
        at: r.updatedDateTime,
        actor: SERVICE_ACTOR,
        action: 'serviceUpdate',
        changes,
        outboxSeq: null,
        synced: true,
      });
    }
  }
  if (r.substatus === 'Expired') d.sync.confirmExpiry(r.id);
  d.view.refresh(r.id, { server: r, noPending: hint.noPending, columns: hint.columns });
  return true;
}

/** New inbound referrals and Microsoft's answers, for notifications. The first download is not news. */
function noteArrival(d: SyncDeps, prev: Referral | null, r: Referral, initial: boolean): void {
  if (!prev && !initial && r.direction === 'inbound' && r.status === 'New') {
    d.outcome.newInbound.push({ id: r.id, name: r.name, customerName: r.customerProfile.name, expiresAt: r.expirationDateTime ?? null });
  }
  const answer = r.inviteContext?.microsoftResponse;
  // Only an answer to a request we knew of is news (a first read of an old engagement is not).
  if (prev?.inviteContext && answer && answer !== 'pending' && prev.inviteContext.microsoftResponse !== answer) {
    d.outcome.helpAnswers.push({ referralId: r.id, name: r.name, customerName: r.customerProfile.name, answer });
  }
}

/** A page's record after validation: what the transaction writes, or why it is skipped. */
type Prepared =
  { ok: true; referral: Referral; columns: ReferralColumns; wire: string } | { ok: false; id: string | null; details: string };

/** Work per event-loop turn while a page is prepared: the UI gets the loop back at least this often. */
const SLICE_MS = 8;

/**
 * Validation and serialization of a page, before its transaction and off it: pure work on the records
 * alone, done in slices so the event loop is never held for long, which leaves the transaction only
 * the writes.
 */
async function preparePage(d: SyncDeps, records: readonly unknown[]): Promise<{ prepared: Prepared[]; maxUpdated: number }> {
  const prepared: Prepared[] = [];
  let maxUpdated = Number.NEGATIVE_INFINITY;
  const read = pageReader(d.sync, records);
  let sliceStart = performance.now();
  for (const raw of records) {
    const mapped = read(raw);
    if (mapped.ok) {
      const r = mapped.referral;
      maxUpdated = Math.max(maxUpdated, Date.parse(r.updatedDateTime));
      prepared.push({ ok: true, referral: r, columns: referralColumns(r), wire: JSON.stringify(raw) });
    } else {
      prepared.push({ ok: false, id: mapped.id, details: mapped.details });
    }
    if (performance.now() - sliceStart >= SLICE_MS) {
      await d.yieldNow();
      sliceStart = performance.now();
    }
  }
  return { prepared, maxUpdated };
}

/** One page in ONE transaction: valid records applied, bad ones reported and skipped. */
function applyPage(d: SyncDeps, records: readonly Prepared[], initial: boolean): { changed: string[]; skipped: number } {
  return withoutFsync(d.db, () =>
    d.db
      .transaction(() => {
        const pending = d.sync.pendingIdSet();
        const withIssues = new Set(d.records.issueReferralIds());
        const changed: string[] = [];
        let skipped = 0;
        for (const p of records) {
          if (!p.ok) {
            skipped += 1;
            d.records.reportIssue(
              p.id,
              nowIso(d),
              p.id === null ? errorMessage('sync.issue.skippedNoId') : errorMessage('sync.issue.skipped', { id: p.id }),
              p.details,
            );
            continue;
          }
          const r = p.referral;
          const hint = { noPending: !pending.has(r.id), mayHaveIssue: withIssues.has(r.id), initial, columns: p.columns, wire: p.wire };
          if (applyServerRecord(d, r, hint)) changed.push(r.id);
        }
        return { changed, skipped };
      })
      .immediate(),
  );
}

/**
 * First download into an empty list: the list's indexes are dropped before the first page and built
 * once after the last (see store/deferredIndexes.ts; at open, a store left without them gets them
 * back). Each page still commits on its own with the search index in step, so a crash anywhere leaves
 * a sound store that the next start completes.
 */
function bulkLoad(d: SyncDeps) {
  let deferred = false;
  return {
    begin(): void {
      if (deferred) return;
      withoutFsync(d.db, () => d.db.transaction(() => deferListIndexes(d.db)).immediate());
      deferred = true;
    },
    /**
     * One index per transaction, each checkpointed on its own (the last pages first): in the store worker when
     * it runs (the event loop stays free), else here with the event loop free in between.
     */
    async finish(wal: WalSteps): Promise<void> {
      if (!deferred) return;
      await wal.checkpoint();
      for (let next = restoreStatements(d.db, 1); next; next = restoreStatements(d.db, 1)) {
        await wal.write(next);
        await wal.checkpoint();
      }
      deferred = false;
    },
    /** A pass that failed: the indexes come back at once (unless the database is closing: the next open does it). */
    abandon(): void {
      if (!deferred || !d.db.open) return;
      try {
        d.db.transaction(() => restoreDeferredIndexes(d.db)).immediate();
        deferred = false;
      } catch (e) {
        d.logger.error('the list indexes will be rebuilt at the next start', e);
      }
    },
  };
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
  const bulk = cursor === null && d.store.referralCount() === 0 ? bulkLoad(d) : null;
  let maxSeen = cursor ? Date.parse(cursor) : Number.NEGATIVE_INFINITY;
  let pages = 0;
  let applied = 0;
  let skipped = 0;
  let repeats = 0;
  let request: ListFrom = { updatedAfter: since };
  let next: Promise<RemotePage> = fetchPage(request);
  const wal = walSteps(d.db, () => d.yieldNow(), d.logger);
  try {
    for (;;) {
      const page = await next;
      pages += 1;
      if (page.nextLink) {
        repeats = 'nextLink' in request && request.nextLink === page.nextLink ? repeats + 1 : 0;
        if (repeats >= MAX_REPEATS || pages >= MAX_PAGES) {
          throw new RemoteError(
            'malformed',
            'The service kept sending the same page of referrals; the sync stopped and will start over next time.',
          );
        }
        // The next page travels while this one is written.
        request = { nextLink: page.nextLink };
        next = fetchPage(request);
        next.catch(() => undefined);
      }
      const { prepared, maxUpdated } = await preparePage(d, page.value);
      if (bulk && prepared.length > 0) bulk.begin();
      await wal.settle();
      await d.yieldNow();
      const result = applyPage(d, prepared, cursor === null);
      maxSeen = Math.max(maxSeen, maxUpdated);
      applied += result.changed.length;
      skipped += result.skipped;
      d.changed(result.changed);
      await wal.committed(page.nextLink !== null);
      if (!page.nextLink) break;
      await d.yieldNow();
    }
    await bulk?.finish(wal);
  } finally {
    try {
      await wal.end();
    } finally {
      bulk?.abandon();
    }
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
    const mapped = readReferral(d.sync, raw);
    const changed = d.db
      .transaction(() => {
        if (mapped.ok) return applyServerRecord(d, mapped.referral, { wire: JSON.stringify(raw) });
        d.records.reportIssue(id, nowIso(d), errorMessage('sync.issue.stillUnreadable', { id }), mapped.details);
        return false;
      })
      .immediate();
    if (changed) d.changed([id]);
  }
}
