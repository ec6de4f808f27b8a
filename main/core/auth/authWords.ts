import type { Account, AuthMessage, AuthState, AuthStatus, AuthStorage } from '../../../shared/ipc';
import type { SecretStore } from '../connection/secretStore';

/** The sentences a seller reads about sign-in (pure). Each says what is true and what to do. */

export const SIGN_IN_NOT_SET_UP =
  'Sign-in is not set up on this computer yet: your IT department presets it (the app registration in Microsoft Entra ID). Until then your changes are kept on this computer.';
export const NO_SERVICE_FOR_SIGN_IN = 'Enter the referrals service address in Settings first; then sign in with your work account.';
export const NOT_SIGNED_IN =
  'Not signed in: sign in with your work account to send your changes and get new referrals. Your changes are kept on this computer until then.';
export const SIGN_IN_AGAIN =
  'Your sign-in has expired or was revoked: sign in again to keep syncing. Your changes stay queued on this computer.';
export const LAUNCH_TOKEN_REFUSED =
  'The service refused the token given when the app was started (--service-token or COSELL_SERVICE_TOKEN). Start it with a valid token, or without one to sign in.';
export const SIGN_IN_TIMED_OUT =
  'The sign-in page was open for a long time without an answer, so the app stopped waiting. Choose Sign in to try again.';
export const SIGN_IN_IN_PROGRESS = 'Finish signing in on the page that opened in your browser, or cancel.';

export function storageWords(kept: SecretStore['kept']): string {
  switch (kept) {
    case 'os-encrypted':
      return 'Your sign-in is saved on this computer, encrypted by your operating system.';
    case 'file':
      return 'Your sign-in is saved in a file in the data folder that only your user account can read. It is not encrypted.';
    case 'memory':
      return 'This computer offers no encrypted storage, so your sign-in is kept only until the app quits.';
  }
}

export type AuthFacts = {
  status: AuthStatus;
  account: Account | null;
  serviceOrigin: string | null;
  kept: SecretStore['kept'];
  signInUrl?: string | null;
  /** Why sign-in is unavailable, when it is. */
  unavailable?: string;
};

function messageOf(f: AuthFacts): string {
  switch (f.status) {
    case 'unavailable':
      return f.unavailable ?? SIGN_IN_NOT_SET_UP;
    case 'signedOut':
      return NOT_SIGNED_IN;
    case 'signingIn':
      return SIGN_IN_IN_PROGRESS;
    case 'signedIn':
      return `Signed in as ${f.account?.name ?? 'you'} (${f.account?.username ?? ''}) for ${f.serviceOrigin ?? 'the referrals service'}.`;
    case 'needsSignIn':
      return SIGN_IN_AGAIN;
    case 'launchToken':
      return `Using the token given when the app was started (automation), for ${f.serviceOrigin ?? 'the service'} only. It is not saved.`;
  }
}

function messageKeyOf(f: AuthFacts): AuthMessage {
  if (f.status !== 'unavailable') return f.status;
  return f.unavailable === NO_SERVICE_FOR_SIGN_IN ? 'noService' : 'notSetUp';
}

const storageKeys = { 'os-encrypted': 'osEncrypted', file: 'file', memory: 'memory' } as const satisfies Record<
  SecretStore['kept'],
  AuthStorage
>;

export function authStateOf(f: AuthFacts): AuthState {
  return {
    status: f.status,
    account: f.account,
    serviceOrigin: f.serviceOrigin,
    message: messageOf(f),
    storage: f.status === 'launchToken' ? 'Nothing is saved: the token lives as long as this run.' : storageWords(f.kept),
    signInUrl: f.status === 'signingIn' ? (f.signInUrl ?? null) : null,
    say: { message: messageKeyOf(f), storage: f.status === 'launchToken' ? 'launchToken' : storageKeys[f.kept] },
  };
}
