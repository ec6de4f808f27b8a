import { stageOf, type InviteContext, type Referral } from '../../../shared/domain';
import { errorMessage, errorWords, wordsOf } from '../../../shared/i18n';
import { decideOnPrecondition } from './conflictPolicy';
import { describeIntents, dropIntents } from './dropIntents';
import { nextBatch, replay } from './intents';
import { applyServerRecord } from './pull';
import { applyOps, diffOps } from './patchOps';
import { RemoteError, type JsonPatchOp } from './remoteApi';
import { RetryLater, withRetry } from './retry';
import { nowIso, type SyncDeps } from './syncDeps';
import type { Flight } from './syncStore';
import { readReferral } from './wire/read';
import { answerOf, type LocalFields } from './wire/toDomain';
import { connectedBody, connectedRequestId, createBody, toWireChange } from './wire/toWire';
import { wireReferralSchema } from './wire/wireSchema';

export type PushState = {
  /** Per deal: not before this time (ms), after retries ran out. Ignored by a sync the seller asked for. */
  deferred: Map<string, number>;
  /** Deals whose coalesced PATCH was refused: their intents go one by one so only the bad one is dropped. */
  solo: Set<string>;
};

export type PushResult = { sent: number; dropped: number; conflicts: string[]; retry: RetryLater[]; stoppedEarly: RetryLater | null };

const closedMessage = (r: Referral, intents: Parameters<typeof describeIntents>[0]) =>
  errorWords('dropped.closed', { name: r.name, substatus: wordsOf(`common:substatus.${r.substatus}`), what: describeIntents(intents) });

/** Picks the next write for a deal and records it as in flight (one transaction), or returns null when nothing is left. */
function plan(d: SyncDeps, referralId: string, state: PushState): Flight | null {
  return d.db
    .transaction((): Flight | null => {
      for (;;) {
        const queue = d.sync.pendingIntents(referralId);
        const first = queue[0];
        if (!first) {
          d.sync.dropBase(referralId);
          return null;
        }
        const flight = { leadSeq: first.seq, referralId, requestId: first.requestId, resolved: false, created: nowIso(d) };
        if (first.kind === 'create') {
          const f: Flight = { ...flight, seqs: [first.seq], method: 'POST', body: createBody(first.payload), ifMatch: null, base: null };
          d.sync.saveFlight(f);
          return f;
        }
        if (first.payload.type === 'expire') {
          // Expiry is the service's own doing (it expires the referral itself); the pull reconciles it.
          d.sync.markSent([first.seq]);
          continue;
        }
        const server = d.sync.serverCopy(referralId);
        if (!server) {
          dropIntents(d, referralId, queue, 'notFound', errorWords('dropped.notOnService', { what: describeIntents(queue) }));
          continue;
        }
        if (stageOf(server.referral.status) === 'archived') {
          dropIntents(d, referralId, queue, 'serviceClosed', closedMessage(server.referral, queue));
          continue;
        }
        // Computed on the copy the seller acted on, with its eTag: if the service moved since, the 412 path
        // sorts a field only they changed (merge) from one both changed (conflict).
        const base = d.sync.base(referralId) ?? server;
        const batch = nextBatch(queue, !state.solo.has(referralId));
        const replayed = replay(base.referral, batch, d.actor);
        if (replayed.refused?.intent === first) {
          dropIntents(
            d,
            referralId,
            [first],
            'refused',
            errorWords('dropped.refused', { problem: replayed.refused.refusal.words, what: describeIntents([first]) }),
          );
          continue;
        }
        const used = replayed.refused ? batch.slice(0, batch.indexOf(replayed.refused.intent)) : batch;
        const ops = diffOps(base.referral, replayed.referral);
        if (ops.length === 0) {
          // The service already has these values: nothing to send.
          d.sync.markSent(used.map((i) => i.seq));
          d.view.refresh(referralId);
          continue;
        }
        const f: Flight = { ...flight, seqs: used.map((i) => i.seq), method: 'PATCH', body: ops, ifMatch: base.etag, base: base.referral };
        d.sync.saveFlight(f);
        return f;
      }
    })
    .immediate();
}

/**
 * What the service answered for one flight: our referral as it sent it (`raw`), or, after a 204, the
 * state we sent with the new ETag (`sent`; a later pull confirms it); Microsoft's connected referral when
 * the write was a help request; and what the contract could not carry (kept on this computer).
 */
type Answer = { raw: unknown; sent: Referral | null; microsoft: unknown; local: LocalFields };
type SendOutcome = { kind: 'ok'; answer: Answer } | { kind: 'refused'; error: RemoteError };

/** The help asked for with a new deal (its create intent's payload). */
const createdInvite = (d: SyncDeps, f: Flight): InviteContext | undefined => {
  const intent = d.sync.pendingIntents(f.referralId).find((i) => i.seq === f.leadSeq);
  return intent?.kind === 'create' ? intent.payload.inviteContext : undefined;
};

/**
 * One attempt of a flight, every call with a request-id fixed by the flight (the connected referral's is
 * derived from it), so a retry after a lost answer is replayed by the service, never applied twice.
 */
async function attempt(d: SyncDeps, f: Flight, signal: AbortSignal | undefined): Promise<Answer> {
  if (f.method === 'POST') {
    const raw = await d.api.createReferral(f.body, f.requestId, signal);
    const invite = createdInvite(d, f);
    const created = wireReferralSchema.safeParse(raw);
    const payload = d.sync.pendingIntents(f.referralId).find((i) => i.seq === f.leadSeq);
    if (!invite || !created.success || !created.data.engagementId || payload?.kind !== 'create')
      return { raw, sent: null, microsoft: null, local: {} };
    const ours = { ...payload.payload, engagementId: created.data.engagementId };
    const microsoft = await d.api.createReferral(connectedBody(ours, invite), connectedRequestId(f.requestId), signal);
    return { raw, sent: null, microsoft, local: {} };
  }
  const base = f.base;
  if (!base) throw new Error(`flight ${f.leadSeq} has no base`);
  const ops = f.body as JsonPatchOp[];
  const change = toWireChange(base, ops);
  let raw: unknown = null;
  let sent: Referral | null = null;
  if (change.ops.length > 0) {
    const reply = await d.api.patchReferral(f.referralId, change.ops, f.ifMatch ?? '', f.requestId, signal);
    if ('body' in reply) raw = reply.body;
    else if (reply.eTag) sent = { ...applyOps(base, ops), eTag: reply.eTag };
  }
  let microsoft: unknown = null;
  if (change.connected) microsoft = await d.api.createReferral(change.connected, connectedRequestId(f.requestId), signal);
  // Nothing of ours went on the wire (or a 204 without an ETag): read our referral as it is now.
  if (raw === null && sent === null) raw = await d.api.getReferral(f.referralId, signal);
  return { raw, sent, microsoft, local: change.local };
}

/** Sends the flight exactly as recorded (same request-ids, bodies and If-Match on every retry). */
async function send(d: SyncDeps, f: Flight): Promise<SendOutcome> {
  try {
    const answer = await withRetry(
      () => attempt(d, f, d.retry.signal),
      d.retry,
      (e) => d.sync.noteAttempt(f.leadSeq, e.message),
    );
    return { kind: 'ok', answer };
  } catch (e) {
    // 401/403 say nothing about this change: the pass stops with the change queued, never dropped.
    if (e instanceof RemoteError && e.kind === 'http' && !e.unauthorized && !e.forbidden && !e.retryable)
      return { kind: 'refused', error: e };
    throw e;
  }
}

/** Keeps what the answer brought beside our copy: Microsoft's connected referral, the fields only this computer holds. */
function keepAnswerParts(d: SyncDeps, referralId: string, a: Answer): void {
  if (Object.keys(a.local).length > 0) d.sync.putLocalFields(referralId, a.local);
  const m = wireReferralSchema.safeParse(a.microsoft);
  if (m.success && m.data.engagementId) {
    d.sync.putMicrosoftReferral(m.data.engagementId, JSON.stringify(a.microsoft), answerOf(m.data));
    d.sync.noteEngagementOwner(m.data.engagementId, referralId);
  }
}

/** The service took the write: store its copy, the intents are done, a new deal gets its service id. Returns the deal's id now. */
function succeeded(d: SyncDeps, f: Flight, r: Referral, wire?: string | null): string {
  d.db
    .transaction(() => {
      d.sync.putServerCopyUnlessOlder(r, wire);
      d.sync.markSent(f.seqs);
      d.sync.deleteFlight(f.referralId);
      // What follows was made on a view that included this write; the service's copy is its base now.
      d.sync.dropBase(f.referralId);
      if (f.method === 'POST') d.view.rekey(f.referralId, r.id);
      d.view.refresh(r.id);
    })
    .immediate();
  d.changed(f.referralId === r.id ? [r.id] : [f.referralId, r.id]);
  return r.id;
}

const parseReferral = (d: SyncDeps, f: Flight, raw: unknown): Referral | null => {
  const mapped = readReferral(d.sync, raw);
  if (mapped.ok) return mapped.referral;
  d.records.reportIssue(f.referralId, nowIso(d), errorMessage('sync.issue.unreadableAnswer', { id: f.referralId }), mapped.details);
  return null;
};

/**
 * A list item without an eTag cannot be sent as If-Match: read the referral by id first (its ETag
 * header), so the PATCH carries the service's real version.
 */
async function fetchETag(d: SyncDeps, referralId: string): Promise<void> {
  const raw = await withRetry(() => d.api.getReferral(referralId, d.retry.signal), d.retry);
  const mapped = readReferral(d.sync, raw);
  if (!mapped.ok || mapped.referral.eTag === '') return;
  const r = mapped.referral;
  d.db
    .transaction(() => {
      const stored = d.sync.serverCopy(referralId);
      const same = stored?.referral.updatedDateTime === r.updatedDateTime;
      applyServerRecord(d, r, { wire: JSON.stringify(raw), force: same });
      // The same copy, now with its eTag: the pending changes were made on it.
      const base = d.sync.base(referralId);
      if (same || base?.referral.updatedDateTime === r.updatedDateTime) d.sync.dropBase(referralId);
    })
    .immediate();
}

/** 412: read the deal again and merge, give way to the service, or ask the seller (conflictPolicy). */
async function onPrecondition(d: SyncDeps, f: Flight, result: PushResult): Promise<void> {
  const raw = await withRetry(() => d.api.getReferral(f.referralId, d.retry.signal), d.retry);
  const current = parseReferral(d, f, raw);
  if (!current) throw new RetryLater(new RemoteError('malformed', 'The service sent an unreadable copy of the deal.'), 0);
  const ops = f.body as JsonPatchOp[];
  const decision = decideOnPrecondition(f.base, ops, current);
  if (decision.kind === 'applied') {
    succeeded(d, f, current);
    result.sent += f.seqs.length;
    return;
  }
  d.db
    .transaction(() => {
      d.sync.putServerCopyUnlessOlder(current);
      // The flight carries the base from here on.
      d.sync.dropBase(f.referralId);
      if (decision.kind === 'serviceClosed') {
        const queue = d.sync.pendingIntents(f.referralId);
        d.sync.deleteFlight(f.referralId);
        dropIntents(d, f.referralId, queue, 'serviceClosed', closedMessage(current, queue));
        result.dropped += queue.length;
      } else if (decision.kind === 'rebase') {
        d.sync.saveFlight({ ...f, body: decision.ops, ifMatch: current.eTag, base: current });
      } else {
        d.sync.saveFlight({ ...f, body: decision.ops });
        d.records.addConflicts(f.referralId, f.leadSeq, decision.fields, current.eTag, nowIso(d));
        result.conflicts.push(f.referralId);
        d.outcome.conflicts.push(f.referralId);
      }
      d.view.refresh(f.referralId);
    })
    .immediate();
  d.changed([f.referralId]);
}

/** A 4xx other than 401/403/412: the service will never take this write as it is. */
function onRefused(d: SyncDeps, f: Flight, e: RemoteError, state: PushState, result: PushResult): void {
  d.db
    .transaction(() => {
      d.sync.deleteFlight(f.referralId);
      if (f.seqs.length > 1) {
        state.solo.add(f.referralId);
        return;
      }
      const queue = d.sync.pendingIntents(f.referralId);
      const details = e.details.length > 0 ? ` (${e.details.map((x) => `${x.target}: ${x.message}`).join('; ')})` : '';
      // A deal the service would not create takes its later changes with it.
      const dropped = f.method === 'POST' || e.status === 404 ? queue : queue.filter((i) => i.seq === f.leadSeq);
      const kind = e.status === 404 ? 'notFound' : 'refused';
      // The service's own words (its message and per-field details) are passed on as they are.
      dropIntents(
        d,
        f.referralId,
        dropped,
        kind,
        errorWords('dropped.notAccepted', { what: describeIntents(dropped), message: `${e.message}${details}` }),
      );
      result.dropped += dropped.length;
    })
    .immediate();
  d.changed([f.referralId]);
}

/** Sends one deal's queue in order until it is empty, blocked by a conflict, or must wait. */
async function pushDeal(d: SyncDeps, referralId: string, state: PushState, result: PushResult): Promise<void> {
  let id = referralId;
  const copy = d.sync.flight(id) ? null : d.sync.serverCopy(id);
  if (copy?.etag === '') await fetchETag(d, id);
  // Bounded: each round either empties a batch or changes the flight; a service that 412s forever waits for the next pass.
  for (let round = 0; round < 50; round++) {
    if (d.records.hasConflict(id)) return;
    const f = d.sync.flight(id) ?? plan(d, id, state);
    if (!f) {
      state.solo.delete(id);
      return;
    }
    const outcome = await send(d, f);
    if (outcome.kind === 'ok') {
      const a = outcome.answer;
      const created = f.method === 'POST' ? wireReferralSchema.safeParse(a.raw) : null;
      d.db.transaction(() => keepAnswerParts(d, created?.success ? created.data.id : id, a)).immediate();
      const r = a.sent ?? parseReferral(d, f, a.raw);
      if (!r) {
        // Taken by the service but unreadable: the next pull brings the copy.
        d.db
          .transaction(() => {
            d.sync.markSent(f.seqs);
            d.sync.deleteFlight(f.referralId);
          })
          .immediate();
        result.sent += f.seqs.length;
        continue;
      }
      id = succeeded(d, f, r, a.sent ? null : JSON.stringify(a.raw));
      result.sent += f.seqs.length;
    } else if (outcome.error.status === 412 && f.method === 'PATCH') {
      await onPrecondition(d, f, result);
    } else {
      onRefused(d, f, outcome.error, state, result);
    }
  }
}

/**
 * Push: the outbox in order, per deal. A deal that keeps failing is deferred and the others go on;
 * when the network or the whole service is down (or asks us to wait), pushing stops for this pass.
 * `manual` (the seller pressed Sync) ignores the per-deal deferral.
 */
export async function push(d: SyncDeps, state: PushState, manual: boolean): Promise<PushResult> {
  const result: PushResult = { sent: 0, dropped: 0, conflicts: [], retry: [], stoppedEarly: null };
  const now = d.clock.now().getTime();
  for (const id of d.sync.pendingReferralIds()) {
    if (d.retry.signal?.aborted) break;
    if (!manual && (state.deferred.get(id) ?? 0) > now) continue;
    if (d.records.hasConflict(id)) continue;
    try {
      await pushDeal(d, id, state, result);
      state.deferred.delete(id);
    } catch (e) {
      if (!(e instanceof RetryLater)) throw e;
      result.retry.push(e);
      if (e.serviceWide) {
        // Not this deal's fault: the engine backs off the whole sync instead.
        result.stoppedEarly = e;
        break;
      }
      state.deferred.set(id, d.clock.now().getTime() + e.delayMs);
    }
  }
  return result;
}
