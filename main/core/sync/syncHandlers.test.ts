import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc';
import { startFakePartnerCenter, type FakePartnerCenter } from '../../../test/fake-partner-center';
import { NOT_SIGNED_IN } from '../auth/authWords';
import { memorySecretStore } from '../connection/secretStore';
import { silentLogger } from '../logger';
import { createSettingsService, memorySettingsBackend } from '../settings/settingsService';
import { newDeal } from '../testing/fixtures';
import { tempWorkspace } from '../testing/tempWorkspace';
import { openWorkspace } from '../workspace';
import type { Workspace } from '../workspaceTypes';
import { NO_SERVICE_MESSAGE } from './syncHandlers';

// The sync:* channels through the real workspace, against the fake Partner Center on loopback.
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function setup(options: { serviceUrl?: (fake: FakePartnerCenter) => string; launchToken?: boolean } = {}) {
  const fake = await startFakePartnerCenter({ seed: 5, initialReferrals: 12, customers: 5, token: 'service-token' });
  cleanup.push(() => fake.close());
  const dir = mkdtempSync(join(tmpdir(), 'cosell-synch-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const settings = createSettingsService(memorySettingsBackend({ serviceUrl: options.serviceUrl?.(fake) ?? '' }), silentLogger);
  const ws: Workspace = openWorkspace({
    dataDir: dir,
    transport: 'web',
    version: '0.0.0-test',
    logger: silentLogger,
    settings,
    service: {
      signIn: { preset: null, store: memorySecretStore(), browser: { kind: 'page' } },
      // Automation: bound to the address in effect at launch (none when the test sets it later).
      launchToken: options.launchToken ? fake.token : undefined,
      // Passes only when the test asks: no timers, no first pass, no catalog refresh, no real waits.
      tuning: {
        autoStart: false,
        catalogEveryMs: 0,
        timers: { setTimeout: () => 0, clearTimeout: () => {} },
        sleep: async () => {},
        retry: { maxAttempts: 1 },
      },
    },
  });
  cleanup.push(() => ws.close());
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const r = await ws.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
    return r.value as ChannelOutput<C>;
  }
  const fail = async (channel: Channel, input: unknown) => {
    const r = await ws.dispatch(channel, input);
    if (r.ok) throw new Error(`${channel} did not fail`);
    return r.error;
  };
  return { fake, ws, call, fail };
}

describe('sync channels', () => {
  it('without a service: conflicts refuse with NO_SERVICE; sign-in says what is missing', async () => {
    const { call, fail } = await setup();
    expect(await fail('sync:conflicts', {})).toEqual({ code: 'NO_SERVICE', message: NO_SERVICE_MESSAGE, key: 'errors:sync.noService' });
    expect(await fail('sync:resolveConflict', { referralId: 'x', choices: { 'details.notes': 'local' } })).toEqual({
      code: 'NO_SERVICE',
      message: NO_SERVICE_MESSAGE,
      key: 'errors:sync.noService',
    });
    expect(await call('auth:state', {})).toMatchObject({ status: 'unavailable', account: null, serviceOrigin: null, signInUrl: null });
    expect(await fail('auth:signIn', {})).toMatchObject({ code: 'SIGN_IN_UNAVAILABLE', message: expect.stringMatching(/not set up/) });
    expect((await call('sync:status', {})).serviceConfigured).toBe(false);
  });

  it('an address saved in Settings connects without a restart; without a sign-in for it nothing is sent, and the bar says why', async () => {
    const { fake, ws, call } = await setup({ launchToken: true });
    const statuses: boolean[] = [];
    ws.events.on('sync:status', (s) => statuses.push(s.serviceConfigured));
    await call('settings:set', { settings: { serviceUrl: fake.url } });
    expect((await call('sync:status', {})).serviceConfigured).toBe(true);
    // The launch token was for the address at launch (none): it does not follow a new one.
    const refused = await call('sync:now', {});
    expect(refused.lastError?.message).toBe(NOT_SIGNED_IN);
    expect(fake.auth.seen).toEqual([]);

    // The engine on the old address stops (its pass awaited) before the app says it is offline.
    await call('settings:set', { settings: { serviceUrl: '' } });
    await vi.waitFor(() => expect(statuses.at(-1)).toBe(false));
    expect((await call('sync:status', {})).serviceConfigured).toBe(false);
  });

  it("a field changed here and on the service: listed with both values and the currency; the seller's choice reaches the service", async () => {
    const { fake, call } = await setup({ serviceUrl: (f) => f.url, launchToken: true });
    expect(await call('auth:state', {})).toMatchObject({ status: 'launchToken', serviceOrigin: fake.url });
    const first = await call('sync:now', {});
    expect(first.lastError).toBeNull();
    // 12 generated referrals and Microsoft's 3 documented examples.
    expect((await call('referrals:counts', {})).inbound.total + (await call('referrals:counts', {})).outbound.total).toBe(15);
    const deal = fake.state().referrals.find((r) => r.status === 'Active');
    if (!deal) throw new Error('no Active referral in the seeded service');
    await call('referrals:act', { id: deal.id, action: { type: 'edit', edits: { dealValue: '11111.00' } } });
    fake.simulate.updateReferral(deal.id, { details: { dealValue: '22222.00' } });
    await call('sync:now', {});

    const [conflict, ...more] = await call('sync:conflicts', {});
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({
      referralId: deal.id,
      dealName: deal.name,
      currency: deal.details.currency,
      // The service sends whole amounts as JSON numbers: 22222.00 arrives as 22222.
      fields: [{ field: 'details.dealValue', local: '11111.00', server: '22222' }],
    });
    expect(fake.referral(deal.id)?.details.dealValue).toBe('22222.00');

    const bad = await call('sync:resolveConflict', { referralId: deal.id, choices: { 'details.notes': 'local' } }).catch(
      (e: unknown) => (e as Error).message,
    );
    expect(bad).toMatch(/^sync:resolveConflict: BAD_INPUT/);
    await call('sync:resolveConflict', { referralId: deal.id, choices: { 'details.dealValue': 'local' } });
    await call('sync:now', {});
    expect(fake.referral(deal.id)?.details.dealValue).toBe('11111');
    expect(await call('sync:conflicts', {})).toEqual([]);
    expect((await call('sync:status', {})).pendingChanges).toBe(0);
  });
});

describe('sync without a service', () => {
  it('reports offline with the number of waiting changes, and explains that sync needs a service', async () => {
    const t = tempWorkspace({ demoCount: 0 });
    cleanup.push(() => t.close());
    await t.call('referrals:create', { deal: newDeal() });
    expect(await t.call('sync:status', {})).toEqual({
      online: false,
      serviceConfigured: false,
      syncing: false,
      lastSyncAt: null,
      pendingChanges: 1,
      lastError: null,
    });
    expect(await t.fail('sync:now', {})).toEqual({ code: 'NO_SERVICE', message: NO_SERVICE_MESSAGE, key: 'errors:sync.noService' });
  });
});
