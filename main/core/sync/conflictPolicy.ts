import type { Referral } from '../../../shared/domain';
import { fieldOf, opsAlreadyApplied, sameValue, valueAt } from './patchOps';
import { syncedPaths, type JsonPatchOp, type SyncedPath } from './remoteApi';

export type ConflictField = { field: string; path: SyncedPath; local: unknown; server: unknown };

/** What to do after a 412, given the copy our change was computed on and the service's copy now. */
export type PreconditionDecision =
  | { kind: 'applied' }
  | { kind: 'serviceClosed' }
  | { kind: 'rebase'; ops: JsonPatchOp[] }
  | { kind: 'conflict'; fields: ConflictField[]; ops: JsonPatchOp[] };

/**
 * SPEC F4 on a stale eTag, in this order:
 * 1. the service already holds every value we send (our earlier attempt landed, or someone made the
 *    same change) → done;
 * 2. the service closed the deal → the service wins (a closed referral accepts no change);
 * 3. a field we change was also changed on the service since our base → the seller decides;
 * 4. otherwise the changes are disjoint → send ours again on the new eTag.
 * Without a base every differing field counts as changed on the service: asking beats overwriting.
 */
export function decideOnPrecondition(base: Referral | null, ops: readonly JsonPatchOp[], current: Referral): PreconditionDecision {
  if (opsAlreadyApplied(current, ops)) return { kind: 'applied' };
  if (current.status === 'Closed') return { kind: 'serviceClosed' };
  const remaining = ops.filter((o) => !sameValue(valueAt(current, o.path), o.value));
  const changedThere = new Set<SyncedPath>(syncedPaths.filter((p) => base === null || !sameValue(valueAt(base, p), valueAt(current, p))));
  const overlapping = remaining.filter((o) => changedThere.has(o.path));
  if (overlapping.length === 0) return { kind: 'rebase', ops: remaining };
  return {
    kind: 'conflict',
    ops: remaining,
    fields: overlapping.map((o) => ({ field: fieldOf(o.path), path: o.path, local: o.value, server: valueAt(current, o.path) })),
  };
}

/** The ops to send once the seller chose, per field, our value ('local') or the service's ('server'). */
export function opsAfterChoice(
  ops: readonly JsonPatchOp[],
  current: Referral,
  choices: Readonly<Record<string, 'local' | 'server'>>,
): JsonPatchOp[] {
  return ops.filter((o) => choices[fieldOf(o.path)] !== 'server' && !sameValue(valueAt(current, o.path), o.value));
}
