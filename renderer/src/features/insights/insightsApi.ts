import type { Insights, InsightsQuery } from '../../../../shared/ipc';
import { workspaceApi } from '../../api/workspaceApi';

/** insights:get, injected into the one workspace API; any change to referrals refetches it (the 'List' tag). */
export const insightsApi = workspaceApi.injectEndpoints({
  endpoints: (build) => ({
    getInsights: build.query<Insights, InsightsQuery>({
      query: (input) => ({ channel: 'insights:get', input }),
      providesTags: ['List'],
    }),
  }),
});

export const { useGetInsightsQuery } = insightsApi;
