import type { HandlersOf } from '../../../shared/ipc';
import type { ReferralActions } from './referralActions';
import type { ReferralQueries } from './referralQueries';

/** The referrals:* channels: the list and a deal's detail (reads), the seller's lifecycle actions and new deals (writes). */
export function createReferralHandlers(queries: ReferralQueries, actions: ReferralActions): HandlersOf<'referrals'> {
  return {
    'referrals:list': (q) => queries.list(q),
    'referrals:counts': (f) => queries.counts(f),
    'referrals:get': ({ id }) => queries.detail(id),
    'referrals:act': (input) => actions.act(input),
    'referrals:create': (input) => actions.create(input),
  };
}
