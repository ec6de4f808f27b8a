import { createApi } from '@reduxjs/toolkit/query/react';
import type { Contact, Customer, ReferralDetail, Solution } from '../../../shared/domain';
import type { AppInfo, ChannelInput, ChannelOutput, Counts, CountsQuery, ListPage, ListQuery, SyncStatus } from '../../../shared/ipc';
import { ipcBaseQuery } from './baseQuery';
import { replacedByEvent } from './eventCache';

/** The list query without its position: one list per tab + filters + sort. */
export type ListArgs = Omit<ListQuery, 'cursor' | 'offset'>;
/** One block of a list: `limit` rows from row number `offset` (see features/list/useListBlocks.ts). */
export type ListBlockArgs = ListArgs & { offset: number; limit: number };
export type ActArgs = ChannelInput<'referrals:act'>;
export type FavoriteArgs = ChannelInput<'favorites:set'>;
export type CreateArgs = ChannelInput<'referrals:create'>;
export type CustomerSearchArgs = ChannelInput<'directory:searchCustomers'>;
export type Draft = ChannelOutput<'drafts:get'>;

/** Rows of the first block, for a quick first paint; every block has this many rows. */
export const PAGE_SIZE = 100;

export const workspaceApi = createApi({
  reducerPath: 'workspaceApi',
  baseQuery: ipcBaseQuery,
  tagTypes: ['Referral', 'List', 'Counts', 'Sync', 'AppInfo', 'Contacts', 'Draft'],
  endpoints: (build) => ({
    // Random access: a block of rows by row number, so a scrollbar jump reads only the rows it lands on. Each
    // block is its own cache entry; a change to referrals refetches the blocks on screen, at the same row numbers.
    listReferrals: build.query<ListPage, ListBlockArgs>({
      query: (input) => ({ channel: 'referrals:list', input }),
      providesTags: (_result, _error, arg) => ['List', { type: 'List', id: arg.tab }],
      // Blocks scrolled away are kept a little while: scrolling back shows them at once.
      keepUnusedDataFor: 30,
    }),
    // Every deal per tab and stage (no argument), or those matching the list's filters (CountsQuery).
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- RTK Query's no-argument form
    counts: build.query<Counts, CountsQuery | void>({
      query: (input) => ({ channel: 'referrals:counts', input: input ?? {} }),
      providesTags: ['Counts'],
    }),
    getReferral: build.query<ReferralDetail, string>({
      query: (id) => ({ channel: 'referrals:get', input: { id } }),
      providesTags: (_result, _error, id) => [{ type: 'Referral', id }],
    }),
    act: build.mutation<ReferralDetail, ActArgs>({
      query: (input) => ({ channel: 'referrals:act', input }),
      invalidatesTags: (_result, error, { id }) => (error ? [] : [{ type: 'Referral', id }, 'List', 'Counts', 'Sync', 'Contacts']),
    }),
    createDeal: build.mutation<ReferralDetail, CreateArgs>({
      query: (input) => ({ channel: 'referrals:create', input }),
      invalidatesTags: (_result, error) => (error ? [] : ['List', 'Counts', 'Sync', 'Contacts']),
    }),
    searchCustomers: build.query<Customer[], CustomerSearchArgs>({
      query: (input) => ({ channel: 'directory:searchCustomers', input }),
      keepUnusedDataFor: 300,
    }),
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as above
    listSolutions: build.query<Solution[], void>({
      query: () => ({ channel: 'catalog:listSolutions', input: {} }),
      keepUnusedDataFor: 600,
    }),
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as above
    recentContacts: build.query<Contact[], void>({
      query: () => ({ channel: 'contacts:recent', input: { limit: 10 } }),
      providesTags: ['Contacts'],
    }),
    getDraft: build.query<Draft, string>({
      query: (key) => ({ channel: 'drafts:get', input: { key } }),
      providesTags: (_result, _error, key) => [{ type: 'Draft', id: key }],
      keepUnusedDataFor: 0,
    }),
    saveDraft: build.mutation<ChannelOutput<'drafts:save'>, ChannelInput<'drafts:save'>>({
      query: (input) => ({ channel: 'drafts:save', input }),
    }),
    discardDraft: build.mutation<ChannelOutput<'drafts:discard'>, string>({
      query: (key) => ({ channel: 'drafts:discard', input: { key } }),
      invalidatesTags: (_result, _error, key) => [{ type: 'Draft', id: key }],
    }),
    setFavorite: build.mutation<ReferralDetail, FavoriteArgs>({
      query: (input) => ({ channel: 'favorites:set', input }),
      // The heart flips at once in every cached list page and the open detail; a refusal puts it back.
      // eslint-disable-next-line @typescript-eslint/unbound-method -- RTK's getState is a plain function
      async onQueryStarted({ id, favorite }, { dispatch, getState, queryFulfilled }) {
        const patches = workspaceApi.util.selectCachedArgsForQuery(getState(), 'listReferrals').map((args) =>
          dispatch(
            workspaceApi.util.updateQueryData('listReferrals', args, (draft) => {
              for (const row of draft.items) if (row.id === id) row.favorite = favorite;
            }),
          ),
        );
        patches.push(dispatch(workspaceApi.util.updateQueryData('getReferral', id, (draft) => void (draft.favorite = favorite))));
        try {
          await queryFulfilled;
        } catch {
          for (const patch of patches) patch.undo();
        }
      },
      invalidatesTags: (_result, error) => (error ? [] : ['Counts', { type: 'List', id: 'favorites' }]),
    }),
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as above
    syncStatus: build.query<SyncStatus, void>({
      query: () => ({ channel: 'sync:status', input: {} }),
      providesTags: ['Sync'],
      // Main sends the whole status after every step of a pass (started, progress, done, failed).
      onCacheEntryAdded: replacedByEvent('sync:status'),
    }),
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as above
    syncNow: build.mutation<SyncStatus, void>({
      query: () => ({ channel: 'sync:now', input: {} }),
      async onQueryStarted(_arg, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (data) await dispatch(workspaceApi.util.upsertQueryData('syncStatus', undefined, data));
      },
    }),
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as above
    appInfo: build.query<AppInfo, void>({
      query: () => ({ channel: 'app:info', input: {} }),
      providesTags: ['AppInfo'],
    }),
  }),
});

export const {
  useCountsQuery,
  useGetReferralQuery,
  useActMutation,
  useCreateDealMutation,
  useSearchCustomersQuery,
  useListSolutionsQuery,
  useRecentContactsQuery,
  useLazyGetDraftQuery,
  useSaveDraftMutation,
  useDiscardDraftMutation,
  useSetFavoriteMutation,
  useSyncStatusQuery,
  useSyncNowMutation,
  useAppInfoQuery,
} = workspaceApi;
