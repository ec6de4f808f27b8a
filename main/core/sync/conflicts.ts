import { AppError, type ConflictChoice } from '../../../shared/ipc';
import { errorMessage, errorWords } from '../../../shared/i18n';
import { opsAfterChoice } from './conflictPolicy';
import { dropIntents, describeIntents } from './dropIntents';
import type { JsonPatchOp } from './remoteApi';
import { nowIso, type SyncDeps } from './syncDeps';

export type ConflictField = { field: string; local: unknown; server: unknown };
/** One deal whose changes wait for the seller: per field, our value and the service's. */
export type Conflict = { referralId: string; name: string; createdAt: string; fields: ConflictField[] };

export function listConflicts(d: SyncDeps): Conflict[] {
  const byDeal = new Map<string, Conflict>();
  for (const c of d.records.conflicts()) {
    const group = byDeal.get(c.referralId) ?? {
      referralId: c.referralId,
      name: d.store.get(c.referralId)?.referral.name ?? c.referralId,
      createdAt: c.created,
      fields: [],
    };
    group.fields.push({ field: c.field, local: c.local, server: c.server });
    byDeal.set(c.referralId, group);
  }
  return [...byDeal.values()];
}

/**
 * The seller's choice per conflicting field. Fields kept 'server' are dropped from our change; the
 * rest is sent on the service's current eTag (a new 412 is handled like any other). Throws AppError
 * for a deal without a conflict or choices that do not cover exactly its fields.
 */
export function resolveConflict(d: SyncDeps, referralId: string, choices: Readonly<Record<string, ConflictChoice>>): void {
  d.db
    .transaction(() => {
      const fields = d.records.conflictsOf(referralId);
      if (fields.length === 0) throw new AppError('NOT_FOUND', 'conflict.none');
      const wanted = new Set(fields.map((f) => f.field));
      const missing = [...wanted].filter((f) => choices[f] !== 'local' && choices[f] !== 'server');
      const unknown = Object.keys(choices).filter((f) => !wanted.has(f));
      if (missing.length > 0 || unknown.length > 0) {
        const problems = Object.fromEntries([
          ...missing.map((f): [string, string] => [f, errorMessage('conflict.chooseThisField')]),
          ...unknown.map((f): [string, string] => [f, errorMessage('conflict.notInConflict')]),
        ]);
        throw new AppError('BAD_INPUT', 'conflict.chooseEveryField', problems);
      }
      const flight = d.sync.flight(referralId);
      const server = d.sync.serverCopy(referralId);
      d.records.clearConflicts(referralId);
      if (!flight || !server) return;
      const at = nowIso(d);
      const changes = fields.map((f) => ({ field: f.field, from: f.server, to: choices[f.field] === 'local' ? f.local : f.server }));
      if (server.referral.status === 'Closed') {
        const queue = d.sync.pendingIntents(referralId);
        d.sync.deleteFlight(referralId);
        dropIntents(
          d,
          referralId,
          queue,
          'serviceClosed',
          errorWords('dropped.closedMeanwhile', { name: server.referral.name, what: describeIntents(queue) }),
        );
        return;
      }
      const ops = opsAfterChoice(flight.body as JsonPatchOp[], server.referral, choices);
      d.store.addHistory({ referralId, at, actor: d.actor, action: 'conflictResolved', changes, outboxSeq: flight.leadSeq, synced: false });
      if (ops.length === 0) {
        d.sync.markSent(flight.seqs);
        d.sync.deleteFlight(referralId);
        if (d.sync.pendingCount(referralId) === 0) d.sync.dropBase(referralId);
      } else {
        d.sync.saveFlight({ ...flight, body: ops, ifMatch: server.etag, base: server.referral, resolved: true });
      }
      d.view.refresh(referralId);
    })
    .immediate();
  d.changed([referralId]);
}
