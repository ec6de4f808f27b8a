import type { LifecycleActionType } from '../../../shared/domain';
import type { Intent } from './intents';
import { changesBetween, nowIso, SYNC_ACTOR, type SyncDeps } from './syncDeps';
import type { SyncNotice } from './syncRecords';

const words: Record<LifecycleActionType | 'create', string> = {
  create: 'creating the deal',
  accept: 'accepting',
  decline: 'declining',
  expire: 'expiring',
  edit: 'your edits',
  addTeamMember: 'adding a team member',
  removeTeamMember: 'removing a team member',
  setSolutions: 'the solutions change',
  requestHelp: 'asking Microsoft for help',
  setSalesStage: 'the sales stage',
  win: 'marking it won',
  lose: 'marking it lost',
};

/** "accepting and your edits": what the seller did, in words, for a notice. */
export const describeIntents = (intents: readonly Intent[]): string => {
  const names = [...new Set(intents.map((i) => words[i.kind === 'create' ? 'create' : i.payload.type]))];
  return names.length <= 1 ? (names[0] ?? 'your change') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};

/**
 * Takes intents out of the queue for good and tells the seller why: the outbox keeps the reason,
 * history records what the deal lost, sync_notices holds the sentence for the UI. Call inside a
 * transaction; the deal's view is recomputed without the intents.
 */
export function dropIntents(d: SyncDeps, referralId: string, intents: readonly Intent[], kind: SyncNotice['kind'], message: string): void {
  if (intents.length === 0) return;
  const before = d.store.get(referralId)?.referral ?? null;
  d.sync.markFailed(
    intents.map((i) => i.seq),
    message,
  );
  if (d.sync.pendingCount(referralId) === 0) d.sync.dropBase(referralId);
  d.view.refresh(referralId);
  const after = d.store.get(referralId)?.referral ?? null;
  const at = nowIso(d);
  d.store.addHistory({
    referralId,
    at,
    actor: SYNC_ACTOR,
    action: 'notSent',
    changes: [{ field: 'reason', from: describeIntents(intents), to: message }, ...changesBetween(before, after)],
    outboxSeq: null,
    synced: true,
  });
  d.records.addNotice({ referralId, at, kind, message });
  d.notice({ referralId, at, kind, message });
}
