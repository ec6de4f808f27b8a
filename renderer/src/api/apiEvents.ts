import type { Api } from '../../../shared/ipc';
import type { AppDispatch } from '../app/store';
import { selectDeal } from '../app/workspaceSlice';
import { workspaceApi } from './workspaceApi';

/**
 * Main → renderer events: a change to referrals refetches what shows them, a sync status replaces the
 * cached one, a clicked notification opens its deal. Returns one function that unsubscribes all.
 */
export function subscribeToApiEvents(api: Api, dispatch: AppDispatch): () => void {
  const offs = [
    api.on('referrals:changed', ({ ids }) => {
      dispatch(workspaceApi.util.invalidateTags(['List', 'Counts', 'Sync', ...ids.map((id) => ({ type: 'Referral' as const, id }))]));
    }),
    api.on('sync:status', (status) => {
      void dispatch(workspaceApi.util.upsertQueryData('syncStatus', undefined, status));
    }),
    api.on('notification:clicked', ({ id }) => {
      dispatch(selectDeal(id));
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
