import type { ChannelOutput, ConflictChoice, ConflictView } from '../../../../shared/ipc';
import { workspaceApi } from '../../api/workspaceApi';

export type ResolveArgs = { referralId: string; choices: Record<string, ConflictChoice> };

/**
 * Conflicts, injected into the one workspace API (same cache, same base query).
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
  }),
});

export const { useConflictsQuery, useResolveConflictMutation } = syncApi;
