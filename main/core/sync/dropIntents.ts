import type { LifecycleActionType } from '../../../shared/domain';
import { encodeWords, errorWords, inEnglish, type ErrorKey, type MessageWords } from '../../../shared/i18n';
import type { Intent } from './intents';
import { changesBetween, nowIso, SYNC_ACTOR, type SyncDeps } from './syncDeps';
import type { SyncNotice } from './syncRecords';

/** What the seller did, one action as words (errors:dropped.what.*). */
const whatKeys = {
  create: 'dropped.what.create',
  accept: 'dropped.what.accept',
  decline: 'dropped.what.decline',
  expire: 'dropped.what.expire',
  edit: 'dropped.what.edit',
  addTeamMember: 'dropped.what.addTeamMember',
  removeTeamMember: 'dropped.what.removeTeamMember',
  setSolutions: 'dropped.what.setSolutions',
  requestHelp: 'dropped.what.requestHelp',
  setSalesStage: 'dropped.what.setSalesStage',
  win: 'dropped.what.win',
  lose: 'dropped.what.lose',
} as const satisfies Record<LifecycleActionType | 'create', ErrorKey>;

/**
 * "accepting and your edits": what the seller did, as words said in the language shown (each action once, joined
 * as the language joins a list: "a, b and c", «а, б и в»).
 */
export const describeIntents = (intents: readonly Intent[]): MessageWords => {
  const names = [...new Set(intents.map((i) => whatKeys[i.kind === 'create' ? 'create' : i.payload.type]))].map((key) => errorWords(key));
  const [first, ...rest] = names;
  if (!first) return errorWords('dropped.what.yourChange');
  const last = rest.pop();
  const head = rest.reduce((list, next) => errorWords('dropped.list.comma', { list, next }), first);
  return last ? errorWords('dropped.list.and', { list: head, last }) : head;
};

/**
 * Takes intents out of the queue for good and tells the seller why: the outbox keeps the reason (English, for
 * logs), history records what the deal lost with the reason as encoded words (the deal's history says them in the
 * language shown), sync_notices holds the English sentence. Call inside a transaction; the deal's view is
 * recomputed without the intents.
 */
export function dropIntents(
  d: SyncDeps,
  referralId: string,
  intents: readonly Intent[],
  kind: SyncNotice['kind'],
  why: MessageWords,
): void {
  if (intents.length === 0) return;
  const message = inEnglish(why);
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
    changes: [{ field: 'reason', from: encodeWords(describeIntents(intents)), to: encodeWords(why) }, ...changesBetween(before, after)],
    outboxSeq: null,
    synced: true,
  });
  d.records.addNotice({ referralId, at, kind, message });
  d.notice({ referralId, at, kind, message });
}
