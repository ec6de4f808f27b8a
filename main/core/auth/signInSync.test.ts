import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput, EventPayload } from '../../../shared/ipc';
import { startFakePartnerCenter, type FakePartnerCenter } from '../../../test/fake-partner-center';
import { httpsFetchTrusting } from '../../../test/oidc/httpsFetch';
import { launchSignInBrowser, TEST_LOGIN, type SignInBrowser } from '../../../test/oidc/providerPages';
import { startTestProvider, type TestProvider } from '../../../test/oidc/testProvider';
import { memorySecretStore, type SecretStore } from '../connection/secretStore';
import { silentLogger } from '../logger';
import { createEventNotifier } from '../notifications/eventNotifier';
import { ROLE_MISSING_MESSAGE } from '../sync/remoteApi';
import { createSettingsService, memorySettingsBackend } from '../settings/settingsService';
import { openWorkspace } from '../workspace';
import { NOT_SIGNED_IN, SIGN_IN_AGAIN } from './authWords';

// Sign-in and sync together, through the workspace's own channels: the provider's tokens reach the fake
// Partner Center (which checks them against the provider's JWKS), and never any other address.
let provider: TestProvider;
let browser: SignInBrowser;
const cleanup: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  provider = await startTestProvider();
  browser = await launchSignInBrowser(provider);
}, 60_000);
afterAll(async () => {
  await browser.close();
  await provider.close();
});
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
  await browser.settled();
  expect(browser.failures).toEqual([]);
});

async function fakeService(seed: number): Promise<FakePartnerCenter> {
  const fake = await startFakePartnerCenter({
    seed,
    initialReferrals: 6,
    examples: false,
    customers: 3,
    oidc: { issuer: provider.issuer, fetch: httpsFetchTrusting(provider.certificates.caPem) },
  });
  cleanup.push(() => fake.close());
  return fake;
}

function workspaceOn(serviceUrl: string, options: { launchToken?: string; store?: SecretStore; autoStart?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cosell-signin-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const ws = openWorkspace({
    dataDir: dir,
    transport: 'web',
    version: '0.0.0-test',
    logger: silentLogger,
    settings: createSettingsService(memorySettingsBackend({ serviceUrl }), silentLogger),
    notifier: createEventNotifier,
    service: {
      launchToken: options.launchToken,
      fetch: httpsFetchTrusting(provider.certificates.caPem),
      signIn: {
        preset: { clientId: provider.clientId, authority: provider.issuer, source: 'environment' },
        store: options.store ?? memorySecretStore(),
        browser: { kind: 'system', open: (url) => browser.open(url) },
      },
      // Passes only when the test asks (or sign-in starts one): no timers, no real waits.
      tuning: {
        autoStart: options.autoStart ?? false,
        catalogEveryMs: 0,
        timers: { setTimeout: () => 0, clearTimeout: () => {} },
        sleep: async () => {},
        retry: { maxAttempts: 1 },
      },
    },
  });
  cleanup.push(() => ws.close());
  const shown: EventPayload<'notification:show'>[] = [];
  ws.events.on('notification:show', (n) => shown.push(n));
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const r = await ws.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
    return r.value as ChannelOutput<C>;
  }
  return { ws, call, shown };
}

const bearers = (fake: FakePartnerCenter) => [...new Set(fake.auth.seen.map((s) => s.authorization))];

describe('sign-in and sync', () => {
  it('nothing is sent before sign-in; the first sync after it carries the token the provider issued', async () => {
    const a = await fakeService(1);
    const { call } = workspaceOn(a.url);
    expect((await call('sync:now', {})).lastError?.message).toBe(NOT_SIGNED_IN);
    expect(a.auth.seen).toEqual([]);

    expect(await call('auth:signIn', {})).toMatchObject({ status: 'signedIn', account: { username: TEST_LOGIN }, serviceOrigin: a.url });
    // Signing in starts the first sync by itself.
    await vi.waitFor(() => expect(a.auth.seen.length).toBeGreaterThan(0));
    const status = await call('sync:now', {});
    expect(status.lastError).toBeNull();
    const [bearer, ...others] = bearers(a);
    expect(others).toEqual([]);
    expect(decodeJwt(bearer?.replace(/^Bearer /, '') ?? '')).toMatchObject({ iss: provider.issuer, sub: TEST_LOGIN });
    expect(a.auth.seen.every((s) => s.subject === TEST_LOGIN)).toBe(true);
    const counts = await call('referrals:counts', {});
    expect(counts.inbound.total + counts.outbound.total).toBe(6);
  }, 60_000);

  it('not signed in yet: the automatic pass at start sends nothing and reports no error; Sync now says why', async () => {
    const a = await fakeService(9);
    const { ws, call } = workspaceOn(a.url, { autoStart: true });
    const statuses: EventPayload<'sync:status'>[] = [];
    ws.events.on('sync:status', (st) => statuses.push(st));
    // The first pass began while the workspace opened; its end is the first status that is not syncing.
    await vi.waitFor(() => expect(statuses.some((st) => !st.syncing)).toBe(true));
    expect((await call('sync:status', {})).lastError).toBeNull();
    expect((await call('sync:now', {})).lastError?.message).toBe(NOT_SIGNED_IN);
    expect(a.auth.seen).toEqual([]);
  }, 60_000);

  it('the attack in issue 11: settings:set moves the address to B; the next sync sends B nothing, no Authorization at all', async () => {
    const a = await fakeService(2);
    const b = await fakeService(3);
    const store = memorySecretStore();
    const { call } = workspaceOn(a.url, { store });
    await call('auth:signIn', {});
    await call('sync:now', {});
    expect(bearers(a)).toHaveLength(1);

    await call('settings:set', { settings: { serviceUrl: b.url } });
    expect(await call('auth:state', {})).toMatchObject({ status: 'signedOut', serviceOrigin: b.url, account: null });
    // The saved sign-in for A is gone too: switching back does not bring it back.
    expect(store.get()).toBeNull();
    const status = await call('sync:now', {});
    expect(status.lastError?.message).toBe(NOT_SIGNED_IN);
    expect(b.auth.seen).toEqual([]);
  }, 60_000);

  it('a launch token (automation) is for the address at launch only, and never follows a new one', async () => {
    const a = await fakeService(4);
    const b = await fakeService(5);
    const { call } = workspaceOn(b.url, { launchToken: 'automation-token' });
    expect(await call('auth:state', {})).toMatchObject({ status: 'launchToken', serviceOrigin: b.url });
    await call('sync:now', {});
    // B checks JWTs, so it refuses this one: what matters is where it went.
    expect(bearers(b)).toEqual(['Bearer automation-token']);
    await call('settings:set', { settings: { serviceUrl: a.url } });
    expect((await call('sync:now', {})).lastError?.message).toBe(NOT_SIGNED_IN);
    expect(a.auth.seen).toEqual([]);
  }, 60_000);

  it('401: one silent renewal and one retry; a revoked refresh token: "Sign in again", a notification, changes kept queued', async () => {
    const a = await fakeService(6);
    const { call, shown } = workspaceOn(a.url);
    await call('auth:signIn', {});
    await call('sync:now', {});
    const grants = provider.grants.length;

    // The service stops accepting the token it has seen (as after an expiry on its clock): renewed once, retried.
    a.auth.rejectIssuedBefore(new Date(Date.now() + 1000));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2000);
    try {
      const renewed = await call('sync:now', {});
      expect(renewed.lastError).toBeNull();
      expect(provider.grants.slice(grants)).toEqual(['refresh_token']);
      expect(bearers(a)).toHaveLength(2);

      // A change waits to be sent; the account's grant is revoked and its current token refused.
      const deal = a.state().referrals.find((r) => r.status === 'Active');
      if (!deal) throw new Error('no Active referral');
      await call('referrals:act', { id: deal.id, action: { type: 'edit', edits: { notes: 'Call back on Monday' } } });
      await provider.revokeAccount(TEST_LOGIN);
      vi.setSystemTime(Date.now() + 2000);
      a.auth.rejectIssuedBefore(new Date(Date.now() - 1000));
      const refused = await call('sync:now', {});
      expect(refused.lastError?.message).toBe(SIGN_IN_AGAIN);
      expect(refused.pendingChanges).toBe(1);
      expect(await call('auth:state', {})).toMatchObject({ status: 'needsSignIn', account: { username: TEST_LOGIN } });
      expect(shown).toEqual([expect.objectContaining({ title: 'Sign in again to keep syncing', referralId: null })]);
      expect(a.referral(deal.id)?.details.notes).not.toBe('Call back on Monday');

      // Signing in again sends the queued change (the first sync starts by itself).
      await call('auth:signIn', {});
      await vi.waitFor(async () => expect((await call('sync:status', {})).pendingChanges).toBe(0));
      expect(a.referral(deal.id)?.details.notes).toBe('Call back on Monday');
      expect(shown).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);

  it('403: "no Referrals role" with the service\'s own words; the change stays queued, nothing dropped', async () => {
    const a = await fakeService(7);
    const { call } = workspaceOn(a.url);
    await call('auth:signIn', {});
    await call('sync:now', {});
    const deal = a.state().referrals.find((r) => r.status === 'Active');
    if (!deal) throw new Error('no Active referral');
    a.auth.withoutRole.add(TEST_LOGIN);
    await call('referrals:act', { id: deal.id, action: { type: 'edit', edits: { notes: 'Budget approved' } } });
    const status = await call('sync:now', {});
    expect(status.lastError?.message).toBe(
      `${ROLE_MISSING_MESSAGE} The service said: The user does not have the Referrals admin or Referrals user role for this partner account.`,
    );
    expect(status.pendingChanges).toBe(1);
    a.auth.withoutRole.clear();
    expect((await call('sync:now', {})).pendingChanges).toBe(0);
    expect(a.referral(deal.id)?.details.notes).toBe('Budget approved');
  }, 60_000);

  it('sign-out: the saved sign-in is gone and the next sync sends nothing', async () => {
    const a = await fakeService(8);
    const store = memorySecretStore();
    const { call } = workspaceOn(a.url, { store });
    await call('auth:signIn', {});
    await call('sync:now', {});
    const before = a.auth.seen.length;
    expect(await call('auth:signOut', {})).toMatchObject({ status: 'signedOut', account: null });
    expect(store.get()).toBeNull();
    expect((await call('sync:now', {})).lastError?.message).toBe(NOT_SIGNED_IN);
    expect(a.auth.seen.length).toBe(before);
  }, 60_000);
});
