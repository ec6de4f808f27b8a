import type { HandlersOf } from '../../../shared/ipc';
import { nowIso, type CoreContext } from '../context';
import { notFound, type ReferralQueries } from '../referrals/referralQueries';

/**
 * favorites:set. Favorites are allowed in every stage, Archived included: a favorite is the seller's own
 * bookmark, kept only on this computer and never sent to the service, so it does not change the deal that
 * Archived makes read-only. Setting the same value twice changes nothing and records nothing.
 */
export function createFavoriteHandlers(ctx: CoreContext, queries: Pick<ReferralQueries, 'currentId' | 'detail'>): HandlersOf<'favorites'> {
  const { db, store } = ctx;

  // The favorite and its history entry are written together or not at all; no outbox intent.
  const favorite = db.transaction((id: string, on: boolean, now: string): boolean => {
    if (!store.get(id)) throw notFound(id);
    const changed = store.setFavorite(id, on, now);
    if (changed) {
      store.addHistory({
        referralId: id,
        at: now,
        actor: ctx.actor,
        action: on ? 'favorite' : 'unfavorite',
        changes: [{ field: 'favorite', from: !on, to: on }],
        outboxSeq: null,
        synced: true,
      });
    }
    return changed;
  });

  return {
    'favorites:set': (input) => {
      const id = queries.currentId(input.id);
      if (favorite.immediate(id, input.favorite, nowIso(ctx))) ctx.changed([id]);
      return queries.detail(id);
    },
  };
}
