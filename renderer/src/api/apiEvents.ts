import type { Api } from '../../../shared/ipc';
import type { AppDispatch } from '../app/store';
import { selectDeal } from '../app/workspaceSlice';
import { exportProgressed } from '../features/export/exportSlice';
import { notificationArrived } from '../features/notifications/notificationsSlice';
import { workspaceApi } from './workspaceApi';

/**
 * Main → renderer events that concern the app as a whole. Events that carry one cached value (the settings,
 * the sync status) are followed by their query's onCacheEntryAdded instead. A change to referrals touches many
 * cache entries (every list page, the counts, conflicts, the open deal), so it invalidates their tags; a
 * notification goes to the notifications slice; a clicked one opens its deal. Returns one function that
 * unsubscribes all.
 */
export function subscribeToApiEvents(api: Api, dispatch: AppDispatch): () => void {
  const offs = [
    api.on('referrals:changed', ({ ids }) => {
      dispatch(workspaceApi.util.invalidateTags(['List', 'Counts', 'Sync', ...ids.map((id) => ({ type: 'Referral' as const, id }))]));
    }),
    api.on('notification:show', (n) => {
      dispatch(notificationArrived(n));
    }),
    api.on('notification:clicked', ({ id }) => {
      dispatch(selectDeal(id));
    }),
    api.on('export:progress', (p) => {
      dispatch(exportProgressed(p));
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
