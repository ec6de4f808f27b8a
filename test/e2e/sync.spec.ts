import type { Locator, Page, TestInfo } from '@playwright/test';
import { startFakePartnerCenter, type FakePartnerCenter } from '../fake-partner-center';
import { expect, test as base } from './appFixture';
import {
  choose,
  dateField,
  detail,
  dialogNamed,
  dismissNotificationsAsTheyCome,
  expectAccessible,
  onlyStage,
  openRow,
  rows,
  shot,
  tab,
  typeDate,
} from './uiHelpers';

// The web host synced with the fake Partner Center (real HTTP on loopback, real clock): started with
// --service and --service-token, no demo data, so everything in the store came from the service.
const test = base.extend<{ service: FakePartnerCenter }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  service: async ({}, provide) => {
    const fake = await startFakePartnerCenter({ seed: 11, initialReferrals: 8, customers: 20, token: 'e2e-service-token' });
    await provide(fake);
    await fake.close();
  },
  hostArgs: async ({ service }, provide) => provide(['--service', service.url, '--service-token', service.token]),
  demoCount: 0,
});

// eslint-disable-next-line no-empty-pattern -- no fixtures: skip before the app or the service starts
test.beforeEach(({}, testInfo) => {
  test.skip(
    testInfo.project.metadata.transport === 'electron',
    'The desktop app takes the service from Settings, not from --service; the same paths run here on the web host.',
  );
});

const statusBar = (page: Page) => page.getByRole('contentinfo', { name: 'Sync status' });
const syncNow = (page: Page) => statusBar(page).getByRole('button', { name: 'Sync now' });

/** Waits until a pass has completed (the first one runs at start-up) and none is running. */
async function synced(page: Page): Promise<void> {
  await expect(statusBar(page).getByText(/^Last sync: (?!never)/)).toBeVisible({ timeout: 20_000 });
  await expect(syncNow(page)).toBeEnabled({ timeout: 20_000 });
}

async function clickSyncNow(page: Page): Promise<void> {
  await expect(syncNow(page)).toBeEnabled({ timeout: 20_000 });
  await syncNow(page).click();
  await synced(page);
}

async function shotOf(locator: Locator, testInfo: TestInfo, name: string): Promise<void> {
  await locator.screenshot({ path: testInfo.outputPath(`${name}.png`), animations: 'disabled' });
}

test('an inbound referral created on the service appears in Inbound after Sync now', async ({ app, service }, testInfo) => {
  const { page } = app;
  await dismissNotificationsAsTheyCome(page);
  await synced(page);
  const created = service.simulate.createReferral({ name: 'Fabrikam retail analytics (from Microsoft)' });
  await tab(page, 'Inbound').click();
  await expect(rows(page).filter({ hasText: created.name })).toHaveCount(0);

  await clickSyncNow(page);
  const row = rows(page).filter({ hasText: created.name });
  await expect(row).toBeVisible();
  await openRow(page, row);
  await expect(detail(page).getByText('Received', { exact: true }).first()).toBeVisible();
  await shot(page, testInfo, 'a-inbound-arrived');
});

test("Microsoft's documented example referral appears in Inbound with its D-U-N-S and solutions; accepting it sends a PATCH with If-Match and request-id", async ({
  app,
  service,
}, testInfo) => {
  const { page } = app;
  await dismissNotificationsAsTheyCome(page);
  await synced(page);
  // get-referral-by-id-response.json: no name (the customer's shows), D-U-N-S in the list form of ids, direction missing.
  const id = '61c65491-2f2c-461a-84b4-3654499bc1d9';
  await tab(page, 'Inbound').click();
  const row = rows(page).filter({ hasText: 'Contoso Customer Inc' });
  await expect(row.first()).toBeVisible();
  await openRow(page, row.first());
  await expect(detail(page).getByText('795986822')).toBeVisible();
  await expect(detail(page).getByText('Dynamics 365 for Field Service').first()).toBeVisible();
  await shot(page, testInfo, 'e-example-inbound');

  await detail(page).getByRole('button', { name: 'Accept', exact: true }).click();
  await dialogNamed(page, 'Accept referral').getByRole('button', { name: 'Accept referral' }).click();
  await clickSyncNow(page);
  await expect(statusBar(page).getByText('0 changes waiting to be sent')).toBeVisible();
  const patches = service.auth.seen.filter((s) => s.method === 'PATCH' && s.path.endsWith(id));
  expect(patches).toHaveLength(1);
  expect(patches[0]!.ifMatch).toMatch(/^".+"$/);
  expect(patches[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(service.referral(id)).toMatchObject({ status: 'Active', substatus: 'Accepted' });
  await shot(page, testInfo, 'e-example-accepted');
});

test('accepted while the service is down: pending and "Not yet synced"; once it is back, Accepted on the service', async ({
  app,
  service,
}, testInfo) => {
  const { page } = app;
  await dismissNotificationsAsTheyCome(page);
  await synced(page);
  const created = service.simulate.createReferral({ name: 'Northwind field service upgrade' });
  await clickSyncNow(page);
  await tab(page, 'Inbound').click();
  await openRow(page, rows(page).filter({ hasText: created.name }));

  // The service goes down: every request is refused with 503, or its connection dropped.
  service.faults.add({ kind: 'error503', probability: 0.5 });
  service.faults.add({ kind: 'drop', phase: 'before' });
  await detail(page).getByRole('button', { name: 'Accept', exact: true }).click();
  await dialogNamed(page, 'Accept referral').getByRole('button', { name: 'Accept referral' }).click();
  await expect(page.getByText('Referral accepted')).toBeVisible();

  await expect(detail(page).getByText('Not yet synced (1 waiting)')).toBeVisible();
  await expect(detail(page).getByText('Not yet synced', { exact: true }).first()).toBeVisible();
  await expect(statusBar(page).getByText('1 change waiting to be sent')).toBeVisible();
  // The pass the change starts (and Sync now) cannot reach the service: the change stays queued, and the bar says why.
  await clickSyncNow(page);
  await expect(statusBar(page).getByRole('button', { name: 'Sync error' })).toBeVisible();
  await expect(statusBar(page).getByText('1 change waiting to be sent')).toBeVisible();
  expect(service.referral(created.id)?.status).toBe('New');
  // Issue 14, point 21: the bar does not say "Online" while the service cannot be reached, and the error says each
  // sentence once.
  await expect(statusBar(page).getByText("Can't reach the service")).toBeVisible();
  await expect(statusBar(page).getByText('Online', { exact: true })).toHaveCount(0);
  await shotOf(statusBar(page), testInfo, 'b-status-bar-pending');
  await shot(page, testInfo, 'b-pending');
  await statusBar(page).getByRole('button', { name: 'Sync error' }).click();
  const error = dialogNamed(page, 'Sync error');
  const sentences = (await error.innerText())
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
  expect(sentences.length).toBeGreaterThan(0);
  expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([]);
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await shot(page, testInfo, `b-sync-error-${size.width}x${size.height}`);
  }
  await error.getByRole('button', { name: 'Close' }).click();
  await expect(error).toBeHidden();

  service.faults.clear();
  await clickSyncNow(page);
  await expect(statusBar(page).getByText('0 changes waiting to be sent')).toBeVisible();
  await expect(statusBar(page).getByRole('button', { name: 'Sync error' })).toHaveCount(0);
  await expect(detail(page).getByText(/^Not yet synced/)).toHaveCount(0);
  expect(service.referral(created.id)).toMatchObject({ status: 'Active', substatus: 'Accepted' });
  await shot(page, testInfo, 'b-synced');
});

test("the same field changed here and on the service: the conflict dialog shows both values, the seller's pick ends on the service", async ({
  app,
  service,
}, testInfo) => {
  const { page } = app;
  await dismissNotificationsAsTheyCome(page);
  await synced(page);
  const deal = service.state().referrals.find((r) => r.status === 'Active');
  if (!deal) throw new Error('the seeded service holds no Active referral');

  // Someone changes the value on the service (no If-Match: our copy's eTag is now stale) ...
  service.simulate.updateReferral(deal.id, { details: { dealValue: '22222.00' } });
  // ... while the seller changes the same field here, before the next pull.
  await tab(page, deal.direction === 'inbound' ? 'Inbound' : 'Outbound').click();
  await onlyStage(page, 'Accepted');
  await openRow(page, rows(page).filter({ hasText: deal.name }));
  await detail(page).getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = dialogNamed(page, 'Edit deal');
  // Partner Center keeps the name a deal was created with: the dialog says a new one stays here.
  await expect(edit.getByText('A new name is kept on this computer only', { exact: false })).toBeVisible();
  await shot(page, testInfo, 'c-edit-name-kept-here');
  await edit.getByLabel('Estimated value').fill('11111.00');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();

  await clickSyncNow(page);
  const chip = statusBar(page).getByRole('button', { name: '1 conflict needs a decision' });
  await expect(chip).toBeVisible();
  await expect(detail(page).getByText(/Changed here and on the referrals service/)).toBeVisible();
  await expectAccessible(page, "status bar chip and the deal's conflict notice");
  await shot(page, testInfo, 'c-conflict-waiting');

  await chip.click();
  const dialog = dialogNamed(page, 'Choose which values to keep');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(deal.name)).toBeVisible();
  const value = dialog.getByRole('radiogroup', { name: 'Value' });
  const mine = value.getByRole('radio', { name: /Your value.*11,111\.00/ });
  const theirs = value.getByRole('radio', { name: /Service value.*22,222\.00/ });
  await expect(mine).toBeVisible();
  await expect(theirs).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep these values' })).toBeDisabled();
  await expectAccessible(page, 'conflict dialog');
  await shot(page, testInfo, 'c-conflict-dialog');

  await mine.check();
  await shot(page, testInfo, 'c-conflict-dialog-chosen');
  await dialog.getByRole('button', { name: 'Keep these values' }).click();
  await expect(dialog).toBeHidden();
  await expect(chip).toHaveCount(0);
  await clickSyncNow(page);
  await expect(statusBar(page).getByText('0 changes waiting to be sent')).toBeVisible();
  await expect(detail(page).getByText(/Changed here and on the referrals service/)).toHaveCount(0);
  expect(service.referral(deal.id)?.details.dealValue).toBe('11111'); // sent as the JSON number 11111
  await shot(page, testInfo, 'c-after');
});

/** The referrals of one engagement as the service lists them to anyone (Microsoft's shape, over HTTP). */
async function engagementOnService(service: FakePartnerCenter, engagementId: string): Promise<Record<string, unknown>[]> {
  const filter = encodeURIComponent(`engagementId eq '${engagementId}'`);
  const res = await fetch(`${service.url}/v1.0/engagements/referrals?$filter=${filter}`, {
    headers: { authorization: `Bearer ${service.token}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { value: Record<string, unknown>[] }).value;
}

const isMicrosofts = (r: Record<string, unknown>) =>
  r.organizationId === 'msft' || (Array.isArray(r.target) && r.target.some((t: { id?: unknown }) => t.id === 'msft'));

test("a co-sell deal from the wizard becomes our referral and Microsoft's connected one in one engagement; Microsoft accepting shows as engaged", async ({
  app,
  service,
}, testInfo) => {
  test.slow(); // the whole wizard, two syncs and screenshots on a loaded 2-core machine
  const { page } = app;
  await dismissNotificationsAsTheyCome(page);
  await synced(page);
  const dealName = 'Tailspin data estate modernization';
  await page.getByRole('button', { name: 'New deal' }).click();
  const wizard = dialogNamed(page, 'New deal');
  const next = () => wizard.getByRole('button', { name: 'Next' }).click();

  await wizard.getByRole('combobox', { name: 'Country' }).fill('Germany');
  await page.getByRole('option', { name: 'Germany (DE)' }).click();
  await wizard.getByRole('combobox', { name: 'City' }).fill('Munich');
  await wizard.getByRole('combobox', { name: 'Customer name' }).fill('Tailspin Toys GmbH');
  await wizard.getByRole('textbox', { name: 'First name' }).fill('Lena');
  await wizard.getByRole('textbox', { name: 'Last name' }).fill('Huber');
  await wizard.getByRole('textbox', { name: 'Phone' }).fill('+49 89 1234567');
  await wizard.getByRole('textbox', { name: 'Email' }).fill('lena.huber@tailspin.example');
  await wizard.getByRole('checkbox', { name: 'The customer agreed to share this contact with Microsoft' }).check();
  await next();

  await wizard.getByRole('textbox', { name: 'Deal name' }).fill(dealName);
  await wizard.getByRole('textbox', { name: 'Estimated value' }).fill('48000');
  await typeDate(dateField(wizard, 'Estimated close date'), '06/30/2027');
  await next();

  await wizard.getByRole('textbox', { name: 'First name' }).fill('Mara');
  await wizard.getByRole('textbox', { name: 'Last name' }).fill('Keller');
  await wizard.getByRole('textbox', { name: 'Phone' }).fill('+49 89 7654321');
  await wizard.getByRole('textbox', { name: 'Email' }).fill('mara.keller@partner.example');
  await wizard.getByRole('button', { name: 'Add to team' }).click();
  await expect(wizard.getByRole('list', { name: 'Added team members' }).getByRole('listitem')).toHaveCount(1);
  await next();

  await wizard.getByRole('checkbox').first().check();
  await next();

  await wizard.getByRole('switch', { name: "Would you like Microsoft's help?" }).check();
  await choose(page, wizard.getByRole('combobox', { name: 'Help needed' }), 'Customer technical architecture');
  await wizard.getByRole('textbox', { name: 'Notes for Microsoft' }).fill('Architecture review of the data estate.');
  await wizard.getByRole('button', { name: 'Review' }).click();
  await wizard.getByRole('button', { name: 'Create deal' }).click();
  await expect(wizard).toBeHidden();
  const panel = detail(page);
  await expect(panel.getByRole('heading', { level: 2, name: dealName })).toBeVisible();

  // Sent: on the service, our referral and Microsoft's connected referral share one engagement.
  await clickSyncNow(page);
  await expect(statusBar(page).getByText('0 changes waiting to be sent')).toBeVisible();
  const ours = service.state().referrals.find((r) => r.name === dealName);
  if (!ours) throw new Error('the deal did not reach the service');
  const engagement = await engagementOnService(service, ours.engagementId);
  expect(engagement).toHaveLength(2);
  const mine = engagement.find((r) => !isMicrosofts(r));
  const microsofts = engagement.find(isMicrosofts);
  expect(mine).toMatchObject({ id: ours.id, name: dealName, consent: { consentToShareReferralWithMicrosoftSellers: true } });
  expect(microsofts).toMatchObject({
    engagementId: ours.engagementId,
    status: 'New',
    inviteContext: { assistanceRequestCode: 'CustomerTechnicalArchitecture', notes: 'Architecture review of the data estate.' },
  });
  await expect(panel.getByText('Waiting for Microsoft', { exact: true })).toBeVisible();

  // Microsoft's seller accepts on the service (admin endpoint, over HTTP): Microsoft's referral goes Active/Accepted.
  const answered = await fetch(`${service.url}/__admin/simulate/answer`, {
    method: 'POST',
    headers: { authorization: `Bearer ${service.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ engagementId: ours.engagementId, outcome: 'engaged' }),
  });
  expect(answered.status).toBe(200);
  expect((await engagementOnService(service, ours.engagementId)).find(isMicrosofts)).toMatchObject({
    status: 'Active',
    substatus: 'Accepted',
  });

  await clickSyncNow(page);
  await expect(panel.getByText('Microsoft engaged', { exact: true })).toBeVisible();
  await expect(panel.getByText('Waiting for Microsoft', { exact: true })).toHaveCount(0);
  await panel.getByText('Microsoft engaged', { exact: true }).scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'f-microsoft-engaged');
});
