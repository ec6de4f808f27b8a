import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { decodeJwt } from 'jose';
import { startFakePartnerCenter, type FakePartnerCenter } from '../fake-partner-center';
import { httpsFetchTrusting } from '../oidc/httpsFetch';
import { chromiumArgsFor, TEST_LOGIN } from '../oidc/providerPages';
import { PARTNER_CENTER_AUDIENCE, startTestProvider, type TestProvider } from '../oidc/testProvider';
import { expect, test as base } from './appFixture';
import { dialogNamed, dismissNotificationsAsTheyCome, expectAccessible, shot } from './uiHelpers';

// A seller signs in with their work account: the web host is preset (as IT would) with a real OpenID Connect
// provider (https, throwaway CA trusted only by the host process and, by key pin, by this Chromium), and the
// fake Partner Center accepts only JWT access tokens from that provider.
const test = base.extend<{ provider: TestProvider; service: FakePartnerCenter; caFile: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  provider: async ({}, provide) => {
    const provider = await startTestProvider();
    await provide(provider);
    await provider.close();
  },
  caFile: async ({ provider }, provide) => {
    const dir = mkdtempSync(join(tmpdir(), 'cosell-ca-'));
    const file = join(dir, 'test-ca.pem');
    writeFileSync(file, provider.certificates.caPem);
    await provide(file);
    rmSync(dir, { recursive: true, force: true });
  },
  service: async ({ provider }, provide) => {
    const fake = await startFakePartnerCenter({
      seed: 21,
      initialReferrals: 8,
      customers: 10,
      oidc: { issuer: provider.issuer, fetch: httpsFetchTrusting(provider.certificates.caPem) },
    });
    await provide(fake);
    await fake.close();
  },
  hostArgs: async ({ service }, provide) => provide(['--service', service.url]),
  hostEnv: async ({ provider, caFile }, provide) =>
    provide({ COSELL_AUTH_CLIENT_ID: provider.clientId, COSELL_AUTH_AUTHORITY: provider.issuer, NODE_EXTRA_CA_CERTS: caFile }),
  browserArgs: async ({ provider }, provide) => provide(chromiumArgsFor(provider)),
  demoCount: 0,
});

// eslint-disable-next-line no-empty-pattern -- no fixtures: skip before anything starts
test.beforeEach(({}, testInfo) => {
  test.skip(
    testInfo.project.metadata.transport === 'electron',
    'The desktop app opens the system browser (shell.openExternal), which Playwright cannot drive; the same flow runs here on the web host.',
  );
});

const statusBar = (page: Page) => page.getByRole('contentinfo', { name: 'Sync status' });
const account = (page: Page) => statusBar(page).getByRole('group', { name: `Signed in as Alex (${TEST_LOGIN})` });

/** Clicks Sign in in the status bar and completes the provider's pages in the tab the app opens. */
async function signInThroughProvider(page: Page, button: 'Sign in' | 'Sign in again', testInfo: TestInfo, prefix: string) {
  const popup = page.waitForEvent('popup');
  await statusBar(page).getByRole('button', { name: button, exact: true }).click();
  const tab = await popup;
  await expect(statusBar(page).getByText('Signing in: finish in your browser')).toBeVisible();
  // The first time the provider asks who it is; later its own session remembers (as Entra's single sign-on does).
  const login = tab.locator('input[name=login]');
  const consent = tab.getByRole('button', { name: 'Continue' });
  await expect(login.or(consent)).toBeVisible();
  if (await login.isVisible()) {
    await login.fill(TEST_LOGIN);
    await tab.locator('input[name=password]').fill('any password works on the test provider');
    await shot(tab, testInfo, `${prefix}-provider-login`);
    await tab.getByRole('button', { name: 'Sign-in' }).click();
  }
  await expect(consent).toBeVisible();
  await shot(tab, testInfo, `${prefix}-provider-consent`);
  await tab.getByRole('button', { name: 'Continue' }).click();
  // The code went back to the app's loopback server, which answers with this page; the seller closes the tab.
  await expect(tab.getByRole('heading', { name: 'You are signed in' })).toBeVisible();
  await shot(tab, testInfo, `${prefix}-browser-done`);
  await tab.close();
}

// Each test walks the app, the provider's pages in a second tab and a sync: on a loaded 2-core machine that
// can pass the 45 s default, so these get the slow-test allowance (3×).
test.beforeEach(() => {
  test.slow();
});

test('a seller starts offline, signs in through the provider, syncs with the token it issued, then signs out', async ({
  app,
  service,
  provider,
}, testInfo) => {
  const { page } = app;
  await dismissNotificationsAsTheyCome(page);

  // Not signed in: the service address is set, but nothing at all is sent to it.
  await expect(statusBar(page).getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(statusBar(page).getByText('Last sync: never')).toBeVisible();
  await shot(page, testInfo, 'a-signed-out');
  expect(service.auth.seen).toEqual([]);

  await signInThroughProvider(page, 'Sign in', testInfo, 'b');
  await expect(account(page)).toBeVisible();
  // The first sync runs by itself, with the provider's token.
  await expect(statusBar(page).getByText(/^Last sync: (?!never)/)).toBeVisible({ timeout: 20_000 });
  await expect(statusBar(page).getByRole('button', { name: 'Sync error' })).toHaveCount(0);
  await expect(page.getByTestId('deal-row').first()).toBeVisible();
  await shot(page, testInfo, 'c-signed-in-synced');

  const carried = [...new Set(service.auth.seen.map((s) => s.authorization))];
  expect(carried).toHaveLength(1);
  const claims = decodeJwt((carried[0] ?? '').replace(/^Bearer /, ''));
  expect(claims).toMatchObject({ iss: provider.issuer, aud: PARTNER_CENTER_AUDIENCE, sub: TEST_LOGIN });
  expect(provider.grants).toEqual(['authorization_code']);

  // Sign out in Settings: the account goes, and no request carries a token any more.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = dialogNamed(page, 'Settings');
  const work = settings.getByRole('region', { name: 'Work account' });
  await expect(work.getByText(TEST_LOGIN, { exact: true })).toBeVisible();
  await expect(work.getByText(/only your user account can read\. It is not encrypted\./)).toBeVisible();
  await shot(page, testInfo, 'd-settings-account');
  await expectAccessible(page, 'Settings with the work account and what IT preset');
  await work.getByRole('button', { name: 'Sign out' }).click();
  await expect(work.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await settings.getByRole('button', { name: 'Cancel' }).click();
  await expect(statusBar(page).getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();

  const before = service.auth.seen.length;
  await statusBar(page).getByRole('button', { name: 'Sync now' }).click();
  await expect(statusBar(page).getByRole('button', { name: 'Sync error' })).toBeVisible();
  await shot(page, testInfo, 'e-signed-out-sync');
  const after = service.auth.seen.slice(before);
  expect(after.filter((s) => s.authorization !== null)).toEqual([]);
  expect(after).toEqual([]);
});

test('a revoked sign-in: "Sign in again" in the status bar and a notification; signing in again resumes sync with a new token', async ({
  app,
  service,
  provider,
}, testInfo) => {
  const { page } = app;
  await signInThroughProvider(page, 'Sign in', testInfo, 'f');
  await expect(statusBar(page).getByText(/^Last sync: (?!never)/)).toBeVisible({ timeout: 20_000 });

  const first = service.auth.seen.at(-1)?.authorization;
  // IT revokes the sessions; the service stops taking the token the app holds (401), and its renewal fails.
  await provider.revokeAccount(TEST_LOGIN);
  service.auth.rejectIssuedBefore(new Date(Date.now() + 1000));
  await statusBar(page).getByRole('button', { name: 'Sync now' }).click();
  await expect(statusBar(page).getByRole('button', { name: 'Sign in again' })).toBeVisible();
  await expectAccessible(page, 'status bar asking to sign in again');
  const note = page.getByTestId('in-app-notification');
  await expect(note.getByText('Sign in again to keep syncing')).toBeVisible();
  await shot(page, testInfo, 'g-sign-in-again');
  await note.getByRole('button', { name: 'Dismiss' }).click();
  expect(provider.grants).toEqual(['authorization_code']);

  // The old token would be taken again now: only a new sign-in may bring one.
  service.auth.rejectIssuedBefore(new Date(0));
  const seen = service.auth.seen.length;
  await signInThroughProvider(page, 'Sign in again', testInfo, 'h');
  await expect(account(page)).toBeVisible();
  await expect(statusBar(page).getByRole('button', { name: 'Sync error' })).toHaveCount(0, { timeout: 20_000 });
  await shot(page, testInfo, 'h-signed-in-again');
  const again = [...new Set(service.auth.seen.slice(seen).map((s) => s.authorization))];
  expect(again).toHaveLength(1);
  expect(again[0]).not.toBe(first);
});
