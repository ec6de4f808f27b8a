import { AuthError, InteractionRequiredAuthError, type AccountInfo, type PublicClientApplication } from '@azure/msal-node';
import { errorWords } from '../../../shared/i18n';
import { AppError, type Account, type AuthState } from '../../../shared/ipc';
import type { SecretStore } from '../connection/secretStore';
import type { SignInPreset } from '../policy/itPolicy';
import type { Logger, Timers } from '../ports';
import type { FetchLike } from '../sync/referralsClient';
import { NOT_SIGNED_IN_CODE, RemoteError } from '../sync/remoteApi';
import {
  authStateOf,
  LAUNCH_TOKEN_REFUSED,
  NO_SERVICE_FOR_SIGN_IN,
  NOT_SIGNED_IN,
  SIGN_IN_AGAIN,
  SIGN_IN_NOT_SET_UP,
  type AuthFacts,
} from './authWords';
import { startInteractiveSignIn, type InteractiveSignIn } from './interactiveSignIn';
import { createPublicClient, isSignInPageOf, SIGN_IN_SCOPES } from './msalSetup';
import { bindingOf, createSavedSignIn } from './savedSignIn';

/** How the sign-in page reaches the seller: the system browser (desktop), or the page the seller has open (web host). */
export type SignInBrowser = { kind: 'system'; open(url: string): Promise<void> } | { kind: 'page' };

export type AuthServiceDeps = {
  /** IT's app registration; null: sign-in unavailable on this computer. */
  preset: SignInPreset | null;
  /** Where the saved sign-in lives (safeStorage, a 0600 file, memory). */
  store: SecretStore;
  browser: SignInBrowser;
  /** MSAL's transport (Electron: net.fetch); default Node's fetch. */
  fetch?: FetchLike;
  /** Automation: a token given at launch, used only for the service origin in effect at launch. */
  launch?: { token: string; origin: string } | null;
  logger: Logger;
  /** The wait for the sign-in page to be answered (the workspace's Timers port). */
  timers: Timers;
  /** How long the sign-in page may stay unanswered. Default 10 minutes. */
  signInTimeoutMs?: number;
};

/**
 * Credentials for the referrals service, bound to its origin. A token is handed out only for the origin the
 * sign-in was made for (or, for a launch token, the origin at launch); pointing the app at another address
 * forgets the saved sign-in, and nothing is sent there until the seller signs in for it.
 */
export type AuthService = {
  state(): AuthState;
  /** The state once what is saved has been read for the current address (a moment after start or a change). */
  settled(): Promise<AuthState>;
  onChange(listener: (state: AuthState, previous: AuthState) => void): () => void;
  /** The service origin in effect now (null: offline). Another origin than the saved sign-in's signs out. */
  useService(origin: string | null): void;
  signIn(): Promise<AuthState>;
  cancelSignIn(): AuthState;
  signOut(): Promise<AuthState>;
  /**
   * The bearer token for `origin`: silently renewed (refresh token) when it expires within 5 minutes, or when
   * `renew` names a token the service refused. Throws RemoteError 'auth' (nothing may be sent), or 'network'
   * when the sign-in service cannot be reached.
   */
  accessToken(origin: string, options?: { renew?: string }): Promise<string>;
};

const RENEW_MARGIN_MS = 5 * 60_000;
/** How long the sign-in page may stay unanswered before the flow stops on its own. */
export const SIGN_IN_TIMEOUT_MS = 10 * 60_000;

const accountOf = (a: AccountInfo): Account => ({ name: a.name ?? a.username, username: a.username });

export function createAuthService(deps: AuthServiceDeps): AuthService {
  const { logger, preset } = deps;
  const saved = createSavedSignIn(deps.store, logger);
  const fetchFn: FetchLike = deps.fetch ?? ((input, init) => fetch(input, init));
  const listeners = new Set<(state: AuthState, previous: AuthState) => void>();

  let origin: string | null = null;
  let client: PublicClientApplication | null = null;
  let msalAccount: AccountInfo | null = null;
  let facts: AuthFacts = { status: 'unavailable', account: null, serviceOrigin: null, kept: saved.kept };
  let current: AuthState = authStateOf(facts);
  let memoryToken: { value: string; expiresAt: number } | null = null;
  let renewing: Promise<string> | null = null;
  let flow: InteractiveSignIn | null = null;
  let pending: Promise<AuthState> | null = null;

  const set = (next: Omit<AuthFacts, 'kept' | 'serviceOrigin'>) => {
    facts = { ...next, serviceOrigin: origin, kept: saved.kept };
    const previous = current;
    current = authStateOf(facts);
    if (JSON.stringify(previous) === JSON.stringify(current)) return;
    for (const l of [...listeners]) {
      try {
        l(current, previous);
      } catch (err) {
        logger.error('an auth listener failed', err);
      }
    }
  };

  const usingLaunchToken = () => Boolean(deps.launch && origin === deps.launch.origin);

  /** Drops what is in memory for the old binding; a flow in progress is stopped. */
  const forget = () => {
    flow?.stop('cancelled');
    client = null;
    msalAccount = null;
    memoryToken = null;
    renewing = null;
  };

  const clientFor = (serviceOrigin: string, signIn: SignInPreset): PublicClientApplication => {
    client ??= createPublicClient({
      preset: signIn,
      fetch: fetchFn,
      cachePlugin: saved.pluginFor(bindingOf(serviceOrigin, signIn)),
      logger,
    });
    return client;
  };

  /** Settles the state for the current origin from what is saved (no network). */
  async function restore(): Promise<void> {
    if (usingLaunchToken()) {
      set({ status: 'launchToken', account: null });
      return;
    }
    if (!preset || !origin) {
      set({ status: 'unavailable', account: null, unavailable: preset ? NO_SERVICE_FOR_SIGN_IN : undefined });
      return;
    }
    const forOrigin = origin;
    const accounts = await clientFor(forOrigin, preset).getAllAccounts();
    if (origin !== forOrigin) return;
    msalAccount = accounts[0] ?? null;
    set(msalAccount ? { status: 'signedIn', account: accountOf(msalAccount) } : { status: 'signedOut', account: null });
  }

  let restoring: Promise<void> = Promise.resolve();
  const settle = () => {
    restoring = restore().catch((err: unknown) => {
      logger.warn('the saved sign-in could not be read; the seller signs in again', err);
      set({ status: preset && origin ? 'signedOut' : 'unavailable', account: null });
    });
  };

  function needsSeller(): never {
    memoryToken = null;
    set({ status: 'needsSignIn', account: msalAccount ? accountOf(msalAccount) : facts.account });
    throw new RemoteError('auth', SIGN_IN_AGAIN);
  }

  async function renew(forOrigin: string, force: boolean): Promise<string> {
    const pca = client;
    const account = msalAccount;
    if (!pca || !account) throw new RemoteError('auth', NOT_SIGNED_IN, null, NOT_SIGNED_IN_CODE);
    try {
      const result = await pca.acquireTokenSilent({ account, scopes: SIGN_IN_SCOPES, forceRefresh: force });
      if (origin !== forOrigin || client !== pca) throw new RemoteError('auth', NOT_SIGNED_IN, null, NOT_SIGNED_IN_CODE);
      memoryToken = { value: result.accessToken, expiresAt: result.expiresOn?.getTime() ?? Date.now() };
      if (facts.status !== 'signedIn') set({ status: 'signedIn', account: accountOf(result.account ?? account) });
      return result.accessToken;
    } catch (err) {
      if (err instanceof RemoteError) throw err;
      if (err instanceof InteractionRequiredAuthError) {
        logger.info('the sign-in needs the seller again', { code: err.errorCode, description: err.errorMessage.split('\n')[0] });
        return needsSeller();
      }
      if (err instanceof AuthError && err.errorCode === 'network_error')
        throw new RemoteError('network', `Could not reach the sign-in service to renew your sign-in (${err.errorMessage}).`);
      logger.warn('silent renewal failed', err);
      if (err instanceof AuthError && err.errorCode === 'invalid_grant') return needsSeller();
      throw new RemoteError(
        'auth',
        `Your sign-in could not be renewed (${err instanceof Error ? err.message : String(err)}). Sign in again.`,
      );
    }
  }

  function describeFailure(err: unknown, run: InteractiveSignIn): AppError | null {
    const stop = run.stoppedBy();
    if (stop === 'cancelled') return null;
    if (stop === 'timeout') return new AppError('SIGN_IN_TIMED_OUT', 'signIn.timedOut');
    if (err instanceof AuthError && err.errorCode === 'network_error')
      return new AppError('SIGN_IN_UNREACHABLE', errorWords('signIn.unreachable', { detail: err.errorMessage }));
    if (err instanceof AuthError && err.errorCode === 'access_denied') return new AppError('SIGN_IN_DECLINED', 'signIn.declined');
    const words = err instanceof AuthError ? err.errorMessage || err.errorCode : err instanceof Error ? err.message : String(err);
    return new AppError('SIGN_IN_FAILED', errorWords('signIn.failed', { detail: words.split('\n')[0] ?? '' }));
  }

  async function interactive(): Promise<AuthState> {
    // A click right after start (or an address change) waits for the saved sign-in to be read: otherwise that
    // read, finishing during the flow, would put the state back to "signed out" while the page is open.
    await restoring;
    if (!preset)
      throw new AppError(
        'SIGN_IN_UNAVAILABLE',
        current.message === SIGN_IN_NOT_SET_UP
          ? 'signIn.notSetUp'
          : current.message === NO_SERVICE_FOR_SIGN_IN
            ? 'signIn.noService'
            : errorWords('input.problem', { problem: current.message }),
      );
    if (!origin) throw new AppError('SIGN_IN_UNAVAILABLE', 'signIn.noService');
    const forOrigin = origin;
    // What to go back to when the flow does not end signed in (the saved account, if any, stays as it was).
    const before =
      facts.status === 'signedIn' || facts.status === 'needsSignIn'
        ? { status: facts.status, account: facts.account }
        : { status: 'signedOut' as const, account: null };
    const pca = clientFor(forOrigin, preset);
    const run = startInteractiveSignIn(pca, {
      timeoutMs: deps.signInTimeoutMs ?? SIGN_IN_TIMEOUT_MS,
      timers: deps.timers,
      logger,
      open: async (url) => {
        // MSAL built it from IT's https authority; anything else is never handed to the OS or the page.
        if (!isSignInPageOf(url, preset.authority)) throw new Error('the sign-in page is not on the preset authority');
        if (deps.browser.kind === 'system') await deps.browser.open(url);
        // The web host: the page opens it (the seller's browser does the rest; MSAL's loopback server gets the code).
        else set({ status: 'signingIn', account: facts.account, signInUrl: url });
      },
    });
    flow = run;
    set({ status: 'signingIn', account: facts.account });
    try {
      const result = await run.result;
      if (origin !== forOrigin || client !== pca || !result.account) throw new AppError('SIGN_IN_STALE', 'signIn.stale');
      msalAccount = result.account;
      memoryToken = { value: result.accessToken, expiresAt: result.expiresOn?.getTime() ?? Date.now() };
      logger.info('signed in', { serviceOrigin: forOrigin });
      set({ status: 'signedIn', account: accountOf(result.account) });
      return current;
    } catch (err) {
      if (err instanceof AppError) throw err;
      const refusal = describeFailure(err, run);
      if (origin === forOrigin) set(before);
      if (refusal) {
        logger.warn('sign-in failed', { code: refusal.code, error: err instanceof Error ? err.message : String(err) });
        throw refusal;
      }
      return current;
    } finally {
      flow = null;
    }
  }

  return {
    state: () => current,
    settled: async () => {
      await restoring;
      return current;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    useService(next) {
      if (next === origin && facts.status !== 'unavailable') return;
      const savedFor = saved.savedOrigin();
      // Offline (null) keeps the sign-in: nothing is sent anywhere. Another address is another service.
      if (next !== null && savedFor !== null && savedFor !== next) {
        logger.info('the service address changed: the saved sign-in for the previous one is forgotten', { from: savedFor, to: next });
        saved.clear();
      }
      if (next !== origin) forget();
      origin = next;
      settle();
    },
    signIn() {
      // A second click (or the page reloaded) while the browser page is open joins the same flow.
      pending ??= interactive().finally(() => {
        pending = null;
      });
      return pending;
    },
    cancelSignIn() {
      flow?.stop('cancelled');
      return current;
    },
    async signOut() {
      forget();
      saved.clear();
      logger.info('signed out');
      await restore().catch(() => set({ status: 'signedOut', account: null }));
      return current;
    },
    accessToken(forOrigin, options = {}) {
      if (forOrigin !== origin) return Promise.reject(new RemoteError('auth', NOT_SIGNED_IN, null, NOT_SIGNED_IN_CODE));
      if (usingLaunchToken() && deps.launch) {
        if (options.renew === deps.launch.token) return Promise.reject(new RemoteError('auth', LAUNCH_TOKEN_REFUSED));
        return Promise.resolve(deps.launch.token);
      }
      if (facts.status === 'needsSignIn') return Promise.reject(new RemoteError('auth', SIGN_IN_AGAIN));
      if (!msalAccount) return Promise.reject(new RemoteError('auth', NOT_SIGNED_IN, null, NOT_SIGNED_IN_CODE));
      const force = options.renew !== undefined && options.renew === memoryToken?.value;
      if (!force && memoryToken && memoryToken.expiresAt - Date.now() > RENEW_MARGIN_MS) return Promise.resolve(memoryToken.value);
      // One renewal at a time: a burst of requests (a page of pushes) waits for the same refresh.
      renewing ??= renew(forOrigin, force).finally(() => {
        renewing = null;
      });
      return renewing;
    },
  };
}
