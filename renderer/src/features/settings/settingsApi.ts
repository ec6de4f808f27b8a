import type { Settings, SettingsPatch } from '../../../../shared/settings';
import { replacedByEvent } from '../../api/eventCache';
import { workspaceApi } from '../../api/workspaceApi';

/**
 * The settings as main has them, injected into the one workspace API: the theme (Root) and the Settings
 * dialog read the same cache entry, which 'settings:changed' (another window, the tray's pause) and every
 * save keep current.
 */
export const settingsApi = workspaceApi.injectEndpoints({
  endpoints: (build) => ({
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- RTK Query's no-argument endpoint
    getSettings: build.query<Settings, void>({
      query: () => ({ channel: 'settings:get', input: {} }),
      onCacheEntryAdded: replacedByEvent('settings:changed'),
    }),
    /** A partial change, merged deeply by main; the settings it answers with apply at once (theme included). */
    saveSettings: build.mutation<Settings, SettingsPatch>({
      query: (settings) => ({ channel: 'settings:set', input: { settings } }),
      async onQueryStarted(_patch, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (data) await dispatch(settingsApi.util.upsertQueryData('getSettings', undefined, data));
      },
    }),
  }),
});

export const { useGetSettingsQuery, useSaveSettingsMutation } = settingsApi;
