import { decodeJwt } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuthState } from '../../../shared/ipc';
import { httpsFetchTrusting } from '../../../test/oidc/httpsFetch';
import { launchSignInBrowser, TEST_LOGIN, type SignInBrowser } from '../../../test/oidc/providerPages';
import { PARTNER_CENTER_AUDIENCE, startTestProvider, type TestProvider } from '../../../test/oidc/testProvider';
import { memorySecretStore, type SecretStore } from '../connection/secretStore';
import { createLogger, silentLogger } from '../logger';
import { systemTimers } from '../ports';
import { fakeTime } from '../testing/fakeTime';
import { RemoteError } from '../sync/remoteApi';
import { createAuthService, SIGN_IN_TIMEOUT_MS, type AuthServiceDeps } from './authService';
import { NOT_SIGNED_IN, SIGN_IN_AGAIN } from './authWords';

// The sign-in against a real OpenID Connect provider (node-oidc-provider over https with a throwaway CA), its
// pages completed in Debian's Chromium: authorization code + PKCE, redemption, renewal, expiry, revocation.
const SERVICE = 'https://api.partner.example';
let provider: TestProvider;
let browser: SignInBrowser;

beforeAll(async () => {
  provider = await startTestProvider();
  browser = await launchSignInBrowser(provider);
}, 60_000);
afterAll(async () => {
  await browser.close();
  await provider.close();
});
afterEach(async () => {
  vi.useRealTimers();
  await browser.settled();
  expect(browser.failures).toEqual([]);
  browser.behaviour = 'complete';
});

function rig(store: SecretStore = memorySecretStore(), extra: Partial<AuthServiceDeps> = {}) {
  const states: AuthState[] = [];
  const auth = createAuthService({
    preset: { clientId: provider.clientId, authority: provider.issuer, source: 'environment' },
    store,
    browser: { kind: 'system', open: (url) => browser.open(url) },
    fetch: httpsFetchTrusting(provider.certificates.caPem),
    logger: process.env.DEBUG_AUTH ? createLogger('auth-test') : silentLogger,
    timers: systemTimers,
    ...extra,
  });
  auth.onChange((s) => states.push(s));
  auth.useService(SERVICE);
  return { auth, states, store };
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof RemoteError ? { kind: e.kind, message: e.message } : e),
  );

describe('work-account sign-in (MSAL against a real OpenID Connect provider)', () => {
  it('signs in through the browser with code + PKCE, then serves the access token from memory', async () => {
    const grantsBefore = provider.grants.length;
    const { auth, states, store } = rig();
    await vi.waitFor(() => expect(auth.state().status).toBe('signedOut'));
    const done = await auth.signIn();
    expect(done).toMatchObject({
      status: 'signedIn',
      account: { name: 'Alex', username: TEST_LOGIN },
      serviceOrigin: SERVICE,
      signInUrl: null,
    });
    expect(states.map((s) => s.status)).toEqual(['signedOut', 'signingIn', 'signedIn']);
    // The page MSAL opened asked for the code with PKCE (S256) and a loopback redirect on this computer.
    const asked = new URL(browser.opened.at(-1) ?? '');
    expect(asked.searchParams.get('code_challenge_method')).toBe('S256');
    expect(asked.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+$/);
    expect(asked.searchParams.get('scope')).toContain('https://api.partner.microsoft.com/user_impersonation');
    expect(provider.grants.slice(grantsBefore)).toEqual(['authorization_code']);

    const token = await auth.accessToken(SERVICE);
    expect(decodeJwt(token)).toMatchObject({ iss: provider.issuer, aud: PARTNER_CENTER_AUDIENCE, sub: TEST_LOGIN });
    expect(await auth.accessToken(SERVICE)).toBe(token);
    expect(provider.grants.slice(grantsBefore)).toEqual(['authorization_code']);
    // Saved for this service only: the envelope names the origin and the app registration.
    expect(JSON.parse(store.get() ?? '{}')).toMatchObject({ version: 1, serviceOrigin: SERVICE, clientId: provider.clientId });
  }, 60_000);

  it('renews silently with the refresh token when the token expires, and when the service refused it', async () => {
    const { auth } = rig();
    await auth.signIn();
    const first = await auth.accessToken(SERVICE);
    const grantsBefore = provider.grants.length;

    // The service said 401 for this token: one renewal gives a new one.
    const renewed = await auth.accessToken(SERVICE, { renew: first });
    expect(renewed).not.toBe(first);
    expect(provider.grants.slice(grantsBefore)).toEqual(['refresh_token']);
    // A refusal of a token already replaced does not renew twice.
    expect(await auth.accessToken(SERVICE, { renew: first })).toBe(renewed);

    // Two hours on (every clock in this process: MSAL's, the provider's): the cached token is expired.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 3_600_000);
    const [a, b] = await Promise.all([auth.accessToken(SERVICE), auth.accessToken(SERVICE)]);
    expect(a).toBe(b);
    expect(a).not.toBe(renewed);
    expect((decodeJwt(a).exp ?? 0) * 1000).toBeGreaterThan(Date.now());
    expect(provider.grants.slice(grantsBefore)).toEqual(['refresh_token', 'refresh_token']);
    expect(auth.state().status).toBe('signedIn');
  }, 60_000);

  it('a revoked refresh token: "sign in again", nothing sent; signing in again restores it', async () => {
    const { auth, states } = rig();
    await auth.signIn();
    const token = await auth.accessToken(SERVICE);
    expect(await provider.revokeAccount(TEST_LOGIN)).toBeGreaterThan(0);

    expect(await refusal(auth.accessToken(SERVICE, { renew: token }))).toEqual({ kind: 'auth', message: SIGN_IN_AGAIN });
    expect(auth.state()).toMatchObject({ status: 'needsSignIn', account: { username: TEST_LOGIN }, message: SIGN_IN_AGAIN });
    // Until the seller signs in, no token is handed out at all (not even the old one).
    expect(await refusal(auth.accessToken(SERVICE))).toEqual({ kind: 'auth', message: SIGN_IN_AGAIN });
    expect(states.filter((s) => s.status === 'needsSignIn')).toHaveLength(1);

    await auth.signIn();
    expect(auth.state().status).toBe('signedIn');
    expect(await auth.accessToken(SERVICE)).not.toBe(token);
  }, 60_000);

  it('survives a restart from the saved sign-in, and sign-out forgets it', async () => {
    const store = memorySecretStore();
    const first = rig(store);
    await first.auth.signIn();
    const opened = browser.opened.length;

    const again = rig(store);
    await vi.waitFor(() => expect(again.auth.state()).toMatchObject({ status: 'signedIn', account: { username: TEST_LOGIN } }));
    expect(decodeJwt(await again.auth.accessToken(SERVICE)).sub).toBe(TEST_LOGIN);
    expect(browser.opened.length).toBe(opened);

    expect(await again.auth.signOut()).toMatchObject({ status: 'signedOut', account: null, message: NOT_SIGNED_IN });
    expect(store.get()).toBeNull();
    expect(await refusal(again.auth.accessToken(SERVICE))).toEqual({ kind: 'auth', message: NOT_SIGNED_IN });
    const third = rig(store);
    await vi.waitFor(() => expect(third.auth.state().status).toBe('signedOut'));
  }, 60_000);

  it('a saved sign-in is for its service address only: another address forgets it and gets no token', async () => {
    const store = memorySecretStore();
    await rig(store).auth.signIn();
    const moved = rig(store);
    moved.auth.useService('https://elsewhere.example');
    await vi.waitFor(() => expect(moved.auth.state()).toMatchObject({ status: 'signedOut', serviceOrigin: 'https://elsewhere.example' }));
    expect(store.get()).toBeNull();
    expect(await refusal(moved.auth.accessToken('https://elsewhere.example'))).toEqual({ kind: 'auth', message: NOT_SIGNED_IN });
    expect(await refusal(moved.auth.accessToken(SERVICE))).toEqual({ kind: 'auth', message: NOT_SIGNED_IN });
  }, 60_000);

  it('a page left unanswered: Cancel ends the flow at once, and so does the time limit', async () => {
    browser.behaviour = 'abandon';
    const { auth } = rig();
    const pending = auth.signIn();
    await vi.waitFor(() => expect(auth.state().status).toBe('signingIn'));
    // A second click joins the same flow instead of opening a second page.
    expect(auth.signIn()).toBe(pending);
    await vi.waitFor(() => expect(browser.opened.length).toBeGreaterThan(0));
    auth.cancelSignIn();
    expect(await pending).toMatchObject({ status: 'signedOut' });

    // The time limit, on timers the test moves: nothing happens a moment early, the flow ends when it is up.
    const time = fakeTime(Date.now());
    const opened = browser.opened.length;
    const limited = rig(memorySecretStore(), { timers: time.timers }).auth;
    const timedOut = limited.signIn().catch((e: unknown) => e);
    await vi.waitFor(() => expect(browser.opened.length).toBeGreaterThan(opened));
    time.advance(SIGN_IN_TIMEOUT_MS - 1);
    expect(limited.state().status).toBe('signingIn');
    time.advance(1);
    expect(await timedOut).toMatchObject({ code: 'SIGN_IN_TIMED_OUT' });
    expect(limited.state().status).toBe('signedOut');
  }, 60_000);

  it('without a preset or a service address, sign-in says what is missing and hands out no token', async () => {
    const none = createAuthService({
      preset: null,
      store: memorySecretStore(),
      browser: { kind: 'page' },
      logger: silentLogger,
      timers: systemTimers,
    });
    none.useService(SERVICE);
    await vi.waitFor(() => expect(none.state()).toMatchObject({ status: 'unavailable', message: expect.stringMatching(/IT department/) }));
    await expect(none.signIn()).rejects.toMatchObject({ code: 'SIGN_IN_UNAVAILABLE' });
    const { auth } = rig();
    auth.useService(null);
    await vi.waitFor(() =>
      expect(auth.state()).toMatchObject({ status: 'unavailable', message: expect.stringMatching(/service address/) }),
    );
    await expect(auth.signIn()).rejects.toMatchObject({ code: 'SIGN_IN_UNAVAILABLE' });
  });
});
