import { errorWords } from '../../../shared/i18n';
import { AppError, type Counts, type ListPage, type ParsedCountsQuery, type ParsedListQuery } from '../../../shared/ipc';
import { dealTypeOf, EQUIVALENT_CURRENCY, minorToMoney, stageOf, type ReferralDetail, type ValueEquivalent } from '../../../shared/domain';
import type { RatesInUse } from '../rates/exchangeRates';
import type { ReferralList } from '../store/referralList';
import type { ReferralStore } from '../store/referralStore';
import type { SyncRecords } from '../sync/syncRecords';

export const notFound = (id: string) => new AppError('NOT_FOUND', errorWords('notFound.deal', { id: id.slice(0, 80) }));

export type ReferralQueriesDeps = {
  store: ReferralStore;
  list: ReferralList;
  /** Sync's own tables (conflicts, bad records, the ids the service gave) are read through sync's store. */
  syncRecords: Pick<SyncRecords, 'syncStateOf' | 'serverIdOf'>;
  /** The exchange rates in use (null before any were applied). */
  rates: () => RatesInUse | null;
};

/** referrals:list, referrals:counts, referrals:get: reads only, through the store. */
export function createReferralQueries({ store, list, syncRecords, rates }: ReferralQueriesDeps) {
  /**
   * The id a deal has now: a deal created offline is 'local-…' until sync gives it the service's id, and a
   * window (or a notification) may still hold the old one. Unknown ids come back unchanged.
   */
  function currentId(id: string): string {
    if (!id.startsWith('local-') || store.get(id)) return id;
    return syncRecords.serverIdOf(id) ?? id;
  }

  /** The deal by its id, or by the 'local-…' id it had before its first sync (the detail then carries the new id). */
  function detail(requestedId: string): ReferralDetail {
    const id = currentId(requestedId);
    const local = store.get(id);
    if (!local) throw notFound(id);
    return {
      referral: local.referral,
      stage: stageOf(local.referral.status),
      dealType: dealTypeOf(local.referral),
      favorite: store.isFavorite(id),
      syncState: syncRecords.syncStateOf(id, local.pending),
      pendingChanges: local.pending,
      history: store.history(id),
      valueEquivalent: equivalentOf(local.referral.details.currency, local.valueUsdMinor),
    };
  }

  function equivalentOf(currency: string, valueUsdMinor: number | null): ValueEquivalent | null {
    const inUse = rates();
    if (currency === EQUIVALENT_CURRENCY || valueUsdMinor === null || !inUse) return null;
    return { amount: minorToMoney(valueUsdMinor), currency: EQUIVALENT_CURRENCY, rates: inUse };
  }

  return {
    list: (q: ParsedListQuery): ListPage => list.page(q),
    counts: (f: ParsedCountsQuery = {}): Counts => list.counts(f),
    currentId,
    detail,
  };
}

export type ReferralQueries = ReturnType<typeof createReferralQueries>;
