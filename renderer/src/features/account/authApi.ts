import type { AuthState, ManagedSettings } from '../../../../shared/ipc';
import { replacedByEvent } from '../../api/eventCache';
import { workspaceApi } from '../../api/workspaceApi';

/**
 * Sign-in and IT presets, injected into the one workspace API. The auth state follows main's 'auth:changed'
 * events for as long as something shows it (a sign-in finishing in the browser, a renewal that needs the
 * seller); no endpoint ever carries a token.
 */
export const authApi = workspaceApi.injectEndpoints({
  endpoints: (build) => ({
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- RTK Query's no-argument endpoint
    authState: build.query<AuthState, void>({
      query: () => ({ channel: 'auth:state', input: {} }),
      onCacheEntryAdded: replacedByEvent('auth:changed'),
    }),
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as above
    signIn: build.mutation<AuthState, void>({
      query: () => ({ channel: 'auth:signIn', input: {} }),
      async onQueryStarted(_arg, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (data) await dispatch(authApi.util.upsertQueryData('authState', undefined, data));
      },
    }),
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as above
    cancelSignIn: build.mutation<AuthState, void>({
      query: () => ({ channel: 'auth:cancelSignIn', input: {} }),
    }),
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as above
    signOut: build.mutation<AuthState, void>({
      query: () => ({ channel: 'auth:signOut', input: {} }),
      async onQueryStarted(_arg, { dispatch, queryFulfilled }) {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (data) await dispatch(authApi.util.upsertQueryData('authState', undefined, data));
      },
    }),
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as above
    managedSettings: build.query<ManagedSettings, void>({
      query: () => ({ channel: 'policy:get', input: {} }),
    }),
  }),
});

export const { useAuthStateQuery, useSignInMutation, useCancelSignInMutation, useSignOutMutation, useManagedSettingsQuery } = authApi;
