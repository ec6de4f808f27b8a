import { referralSchema, stageOf, type Referral } from '../../../shared/domain';
import { decideOnPrecondition } from './conflictPolicy';
import { describeIntents, dropIntents } from './dropIntents';
import { nextBatch, replay } from './intents';
import { createBody, diffOps } from './patchOps';
import { RemoteError, type JsonPatchOp } from './remoteApi';
import { RetryLater, withRetry } from './retry';
import { describeIssues, nowIso, type SyncDeps } from './syncDeps';
import type { Flight } from './syncStore';

export type PushState = {
  /** Per deal: not before this time (ms), after retries ran out. Ignored by a sync the seller asked for. */
  deferred: Map<string, number>;
  /** Deals whose coalesced PATCH was refused: their intents go one by one so only the bad one is dropped. */
  solo: Set<string>;
};

export type PushResult = { sent: number; dropped: number; conflicts: string[]; retry: RetryLater[]; stoppedEarly: RetryLater | null };

const closedMessage = (r: Referral, intents: Parameters<typeof describeIntents>[0]) =>
  `"${r.name}" was already ${r.substatus.toLowerCase()} on the service, so ${describeIntents(intents)} could not be sent; the service's version is kept.`;

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
          dropIntents(
            d,
            referralId,
            queue,
            'notFound',
            `This deal is not on the service (it was never created there), so ${describeIntents(queue)} could not be sent.`,
          );
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
          dropIntents(d, referralId, [first], 'refused', `${replayed.refused.refusal.message} (${describeIntents([first])} was not sent.)`);
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

type SendOutcome = { kind: 'ok'; raw: unknown } | { kind: 'refused'; error: RemoteError };

/** Sends the flight exactly as recorded (same request-id, body and If-Match on every retry). */
async function send(d: SyncDeps, f: Flight): Promise<SendOutcome> {
  try {
    const raw = await withRetry(
      () =>
        f.method === 'POST'
          ? d.api.createReferral(f.body, f.requestId, d.retry.signal)
          : d.api.patchReferral(f.referralId, f.body as JsonPatchOp[], f.ifMatch ?? '', f.requestId, d.retry.signal),
      d.retry,
      (e) => d.sync.noteAttempt(f.leadSeq, e.message),
    );
    return { kind: 'ok', raw };
  } catch (e) {
    // 401/403 say nothing about this change: the pass stops with the change queued, never dropped.
    if (e instanceof RemoteError && e.kind === 'http' && !e.unauthorized && !e.forbidden && !e.retryable)
      return { kind: 'refused', error: e };
    throw e;
  }
}

/** The service took the write: store its copy, the intents are done, a new deal gets its service id. Returns the deal's id now. */
function succeeded(d: SyncDeps, f: Flight, r: Referral): string {
  d.db
    .transaction(() => {
      d.sync.putServerCopyUnlessOlder(r);
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
  const parsed = referralSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  d.records.reportIssue(
    f.referralId,
    nowIso(d),
    `The service accepted a change to ${f.referralId} but answered with a record this app cannot read.`,
    describeIssues(parsed.error.issues),
  );
  return null;
};

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
      dropIntents(d, f.referralId, dropped, kind, `The service did not accept ${describeIntents(dropped)}: ${e.message}${details}`);
      result.dropped += dropped.length;
    })
    .immediate();
  d.changed([f.referralId]);
}

/** Sends one deal's queue in order until it is empty, blocked by a conflict, or must wait. */
async function pushDeal(d: SyncDeps, referralId: string, state: PushState, result: PushResult): Promise<void> {
  let id = referralId;
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
      const r = parseReferral(d, f, outcome.raw);
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
      id = succeeded(d, f, r);
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
