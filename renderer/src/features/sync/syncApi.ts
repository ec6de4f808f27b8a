import type { ChannelOutput, ConflictChoice, ConflictView, TokenState } from '../../../../shared/ipc';
import { workspaceApi } from '../../api/workspaceApi';

export type ResolveArgs = { referralId: string; choices: Record<string, ConflictChoice> };

/**
 * Conflicts and the service token, injected into the one workspace API (same cache, same base query).
 * Conflicts carry the 'Sync' tag: every referrals:changed event and every local action refetch them.
 */
export const syncApi = workspaceApi.injectEndpoints({
  endpoints: (build) => ({
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- RTK Query's no-argument endpoint
    conflicts: build.query<ConflictView[], void>({
      query: () => ({ channel: 'sync:conflicts', input: {} }),
      providesTags: ['Sync'],
    }),
    resolveConflict: build.mutation<ChannelOutput<'sync:resolveConflict'>, ResolveArgs>({
      query: (input) => ({ channel: 'sync:resolveConflict', input }),
      invalidatesTags: (_result, error, { referralId }) => (error ? [] : [{ type: 'Referral', id: referralId }, 'List', 'Counts', 'Sync']),
    }),
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as above
    tokenState: build.query<TokenState, void>({
      query: () => ({ channel: 'sync:tokenState', input: {} }),
      keepUnusedDataFor: 0,
    }),
    setToken: build.mutation<TokenState, string>({
      query: (token) => ({ channel: 'sync:setToken', input: { token } }),
      async onQueryStarted(_token, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (data) await dispatch(syncApi.util.upsertQueryData('tokenState', undefined, data));
      },
    }),
  }),
});

export const { useConflictsQuery, useResolveConflictMutation, useTokenStateQuery, useSetTokenMutation } = syncApi;
