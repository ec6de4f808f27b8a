import { useEffect } from 'react';
import type { AuthState } from '../../../../shared/ipc';
import { errorMessage } from '../../api/baseQuery';
import { useAppInfoQuery } from '../../api/workspaceApi';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';
import { useAuthStateQuery, useCancelSignInMutation, useSignInMutation, useSignOutMutation } from './authApi';
import { forgetSignInTab, hasSignInTab, openSignInPageFromClick, prepareSignInTab, showSignInPage } from './signInTab';

export type SignInControls = {
  state: AuthState | undefined;
  /** One click: opens the sign-in page (system browser in the desktop app, a new tab on the web host). */
  signIn: () => void;
  cancel: () => void;
  signOut: () => void;
  busy: boolean;
  /** Web host, when the browser blocked the new tab: the page to open with a click. */
  blockedUrl: string | null;
  openBlocked: () => void;
};

/** Sign-in for the status bar and Settings alike: the state, the actions, and the web host's tab. */
export function useSignIn(): SignInControls {
  const dispatch = useAppDispatch();
  const { data: state } = useAuthStateQuery();
  const { data: info } = useAppInfoQuery();
  const [signIn] = useSignInMutation();
  const [cancel] = useCancelSignInMutation();
  const [signOut, { isLoading: signingOut }] = useSignOutMutation();
  const signInUrl = state?.signInUrl ?? null;
  // No tab could be prepared (the browser blocked it): the seller opens the page with a click instead.
  const blockedUrl = signInUrl && !hasSignInTab() ? signInUrl : null;

  // The web host: main names the page once the flow is under way; it goes into the tab the click prepared.
  useEffect(() => {
    if (signInUrl) showSignInPage(signInUrl);
  }, [signInUrl]);

  const fail = (error: unknown) => dispatch(showNotice({ message: errorMessage(error), severity: 'error' }));
  return {
    state,
    signIn: () => {
      if (info?.transport === 'web') prepareSignInTab();
      signIn()
        .unwrap()
        .then((next) => {
          if (next.status === 'signedIn') dispatch(showNotice({ message: `Signed in as ${next.account?.name ?? 'you'}` }));
        })
        .catch(fail)
        .finally(forgetSignInTab);
    },
    cancel: () => {
      cancel().unwrap().catch(fail);
    },
    signOut: () => {
      signOut()
        .unwrap()
        .then(() => dispatch(showNotice({ message: 'Signed out: nothing is sent to the service until you sign in again' })))
        .catch(fail);
    },
    busy: state?.status === 'signingIn' || signingOut,
    blockedUrl,
    openBlocked: () => {
      if (blockedUrl) openSignInPageFromClick(blockedUrl);
    },
  };
}
