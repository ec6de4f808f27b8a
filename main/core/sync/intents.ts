import { applyAction, type LifecycleAction, type LifecycleActionType, type Referral, type Refusal } from '../../../shared/domain';
import { applyOps } from './patchOps';
import type { JsonPatchOp } from './remoteApi';

/** One outbox row, parsed. Payloads were written by the store from validated input. */
export type Intent =
  | { seq: number; requestId: string; referralId: string; kind: 'create'; payload: Referral; created: string; attempts: number }
  | { seq: number; requestId: string; referralId: string; kind: 'action'; payload: LifecycleAction; created: string; attempts: number };

export type OutboxRecord = {
  seq: number;
  request_id: string;
  referral_id: string;
  kind: string;
  payload: string;
  created: string;
  attempts: number;
};

export function intentOf(row: OutboxRecord): Intent {
  const base = { seq: row.seq, requestId: row.request_id, referralId: row.referral_id, created: row.created, attempts: row.attempts };
  return row.kind === 'create'
    ? { ...base, kind: 'create', payload: JSON.parse(row.payload) as Referral }
    : { ...base, kind: 'action', payload: JSON.parse(row.payload) as LifecycleAction };
}

/** Actions that move the status; the service takes one status move per PATCH. */
const transitions: readonly LifecycleActionType[] = ['accept', 'decline', 'win', 'lose', 'expire'];
const isTransition = (i: Intent) => i.kind === 'action' && transitions.includes(i.payload.type);

/**
 * The intents to send together, from the front of one deal's queue. Consecutive edits (fields, team,
 * solutions, sales stage, help request) coalesce into one PATCH, and an accept takes the edits that
 * follow it (the seller can edit while accepting anyway). A create, a decline, a win or a lose goes
 * alone, so a refusal of one never takes other changes down with it.
 */
export function nextBatch(queue: readonly Intent[], coalesce: boolean): Intent[] {
  const [first] = queue;
  if (!first) return [];
  if (!coalesce || first.kind === 'create' || (isTransition(first) && first.payload.type !== 'accept')) return [first];
  const batch = [first];
  for (const next of queue.slice(1)) {
    if (next.kind === 'create' || isTransition(next)) break;
    batch.push(next);
  }
  return batch;
}

export type Replayed = { referral: Referral; applied: Intent[]; noChange: Intent[]; refused: { intent: Intent; refusal: Refusal } | null };

/**
 * Replays action intents on a copy with the lifecycle rules, at the time each was made. Stops at the
 * first refusal (what follows it was decided on a state the service does not have).
 */
export function replay(base: Referral, intents: readonly Intent[], actor: string): Replayed {
  let referral = base;
  const applied: Intent[] = [];
  const noChange: Intent[] = [];
  for (const intent of intents) {
    if (intent.kind === 'create') continue;
    const result = applyAction(referral, intent.payload, { now: intent.created, actor });
    if (result.ok) {
      referral = result.referral;
      applied.push(intent);
    } else if (result.code === 'NO_CHANGE') {
      noChange.push(intent);
    } else {
      return { referral, applied, noChange, refused: { intent, refusal: result } };
    }
  }
  return { referral, applied, noChange, refused: null };
}

/** A conflict resolution replaces its intents by the ops the seller chose. */
export type ResolvedFlight = { seqs: readonly number[]; ops: readonly JsonPatchOp[] };

/**
 * What the seller sees: the server copy (or, for a deal not created yet, its create payload) with the
 * pending intents replayed. An intent the current copy refuses is simply not shown; push reports it.
 */
export function localView(
  server: Referral | null,
  pending: readonly Intent[],
  resolved: ResolvedFlight | null,
  actor: string,
): Referral | null {
  let view = server;
  let resolvedDone = false;
  for (const intent of pending) {
    if (intent.kind === 'create') {
      view = view ?? intent.payload;
      continue;
    }
    if (!view) continue;
    if (resolved && resolved.seqs.includes(intent.seq)) {
      if (!resolvedDone) view = applyOps(view, resolved.ops);
      resolvedDone = true;
      continue;
    }
    const result = applyAction(view, intent.payload, { now: intent.created, actor });
    if (result.ok) view = result.referral;
  }
  return view;
}
