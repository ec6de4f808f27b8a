import { ACTORS, applyAction } from '../../../shared/domain';
import { nowIso, type CoreContext } from '../context';

/** The actor recorded in history for what the clock does. */
export const SYSTEM_ACTOR = ACTORS.system;

/**
 * Local expiry (SPEC F1): every inbound Received referral whose answer time has passed moves to
 * Archived/Expired, offline too. History records it as not yet synced, but no outbox intent is queued:
 * the service expires the referral on its own side and the next sync reconciles the two.
 */
export function createExpiry(ctx: Pick<CoreContext, 'db' | 'store' | 'clock' | 'logger'>) {
  const { db, store } = ctx;

  const expireDue = db.transaction((now: string): string[] => {
    const expired: string[] = [];
    for (const id of store.dueToExpire(now)) {
      const local = store.get(id);
      if (!local) continue;
      const result = applyAction(local.referral, { type: 'expire' }, { now, actor: SYSTEM_ACTOR });
      if (!result.ok) {
        ctx.logger.warn('expiry skipped a referral', { id, code: result.code });
        continue;
      }
      store.update(result.referral);
      store.addHistory({
        referralId: id,
        at: now,
        actor: SYSTEM_ACTOR,
        action: 'expire',
        changes: result.changes,
        outboxSeq: null,
        synced: false,
      });
      expired.push(id);
    }
    return expired;
  });

  return {
    /** Expires what is due by the clock now; returns the ids it expired. */
    expireDue: (): string[] => expireDue.immediate(nowIso(ctx)),
    /** When the next Received referral expires, or null when none can. */
    nextExpiryAt: (): string | null => store.nextExpiryAt(),
  };
}

export type Expiry = ReturnType<typeof createExpiry>;
