import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, contract, UNKNOWN_CHANNEL_MESSAGE, UNKNOWN_FIELDS_MESSAGE, type Channel } from '../../shared/ipc';
import { call, rawRequest, type ResultBody } from './http';
import { startWebHost, type WebHostFixture } from './webHostFixture';

// Real HTTP on 127.0.0.1, real SQLite in a temp dir, the real workspace with 200 demo deals:
// no malformed request, on any channel, may change the store or escape as anything but a typed error.

let host: WebHostFixture;
let ids: { inbound: string; outbound: string; archived: string };
let validDeal: Record<string, unknown>;
type Snapshot = { digest: string; api: unknown };
let before: Snapshot;

const huge = 'x'.repeat(100_000);

async function ok(channel: Channel, input: unknown): Promise<unknown> {
  const res = await call(host.port, host.token, channel, input);
  if (!res.body.ok) throw new Error(`${channel} failed: ${res.body.error.message}`);
  return res.body.value;
}

async function firstId(query: Record<string, unknown>): Promise<string> {
  const page = (await ok('referrals:list', { limit: 1, ...query })) as { items: Array<{ id: string }> };
  const id = page.items[0]?.id;
  if (!id) throw new Error(`no demo deal for ${JSON.stringify(query)}`);
  return id;
}

/** What the app shows: counts, the first page of each tab, three deals with their history, the sync status. */
async function snapshot(): Promise<Snapshot> {
  const api: Record<string, unknown> = {
    counts: await ok('referrals:counts', {}),
    sync: await ok('sync:status', {}),
    settings: await ok('settings:get', {}),
  };
  for (const tab of ['inbound', 'outbound', 'favorites'] as const) api[tab] = await ok('referrals:list', { tab, limit: 50 });
  for (const [name, id] of Object.entries(ids)) api[name] = await ok('referrals:get', { id });
  return { digest: host.storeDigest(), api };
}

/** Several malformed payloads per channel; typed by the contract, so a new channel without cases does not compile. */
function malformed(): Record<Channel, unknown[]> {
  const { inbound: id, archived } = ids;
  const deal = validDeal;
  const empties = [{ x: 1 }, 42, 'text', [], true, { tab: huge }];
  return {
    'referrals:list': [
      {},
      null,
      { tab: 'nope' },
      { tab: 5 },
      { tab: 'inbound', limit: '100' },
      { tab: 'inbound', limit: 0 },
      { tab: 'inbound', limit: 501 },
      { tab: 'inbound', limit: 1.5 },
      { tab: 'inbound', extra: 1 },
      { tab: 'inbound', search: huge },
      { tab: 'inbound', cursor: huge },
      { tab: 'inbound', stages: ['received', 'accepted', 'archived', 'received'] },
      { tab: 'inbound', stages: ['won'] },
      { tab: 'inbound', sort: { column: 'password', direction: 'asc' } },
      { tab: 'inbound', closeFrom: 'yesterday' },
      { tab: 'inbound', closeTo: '9999-12-31T23:59:59.999-23:59' },
      { tab: 'inbound', dealType: 'DROP TABLE referrals' },
      42,
      'inbound',
      [],
      [{ tab: 'inbound' }],
    ],
    'referrals:counts': empties,
    'referrals:get': [{}, null, { id: 5 }, { id: '' }, { id: huge }, { id, extra: 1 }, [id], id, { id: null }, { id: { $ne: '' } }],
    'referrals:act': [
      { id },
      { action: { type: 'decline', reason: 'BudgetNotAdequate' } },
      { id, action: {} },
      { id, action: { type: 'nope' } },
      { id, action: 'accept' },
      { id, action: { type: 'decline', reason: 'Others' } },
      { id, action: { type: 'decline', reason: 'Nope' } },
      { id, action: { type: 'decline', reason: 'Others', notes: huge } },
      { id, action: { type: 'edit', edits: { dealValue: 12.5 } } },
      { id, action: { type: 'edit', edits: { dealValue: '1.234' } } },
      { id, action: { type: 'accept', edits: { bogus: 1 } } },
      { id, action: { type: 'accept', addTeam: [{ firstName: 'A' }] } },
      { id, action: { type: 'decline', reason: 'BudgetNotAdequate' }, extra: 1 },
      { id: huge, action: { type: 'decline', reason: 'BudgetNotAdequate' } },
      { id: archived, action: { type: 'setSalesStage', salesStage: 'nope' } },
      42,
      [],
    ],
    'referrals:create': [
      {},
      null,
      { deal: {} },
      { deal: null },
      { deal: { ...deal, team: [] } },
      { deal: { ...deal, solutions: [] } },
      { deal: { ...deal, dealValue: '12.345' } },
      { deal: { ...deal, dealValue: 12 } },
      { deal: { ...deal, currency: 'dollars' } },
      { deal: { ...deal, closingDateTime: 'soon' } },
      { deal: { ...deal, closingDateTime: '9999-12-31T23:59:59.999-23:59' } },
      { deal: { ...deal, closingDateTime: '1066-10-14T09:00:00Z' } },
      { deal: { ...deal, name: huge } },
      { deal: { ...deal, notes: huge } },
      { deal: { ...deal, wantsMicrosoftHelp: true } },
      { deal, extra: 1 },
      { deal: { ...deal, customer: { name: 'Contoso' } } },
      [deal],
      'deal',
      42,
    ],
    'favorites:set': [
      {},
      null,
      { id },
      { id, favorite: 'yes' },
      { id, favorite: 1 },
      { favorite: true },
      { id, favorite: true, extra: 1 },
      { id: huge, favorite: true },
      { id: 5, favorite: true },
      [id, true],
      true,
    ],
    'directory:searchCustomers': [
      {},
      null,
      { query: 5 },
      { query: 'a', limit: 0 },
      { query: 'a', limit: 51 },
      { query: 'a', limit: 'ten' },
      { query: 'a', country: 'usa' },
      { query: huge },
      { query: 'a', extra: 1 },
      'a',
      [],
    ],
    'catalog:listSolutions': [{ kind: 'nope' }, { kind: 5 }, { kind: huge }, { x: 1 }, 42, [], 'own'],
    'drafts:get': [
      {},
      null,
      { key: 5 },
      { key: '' },
      { key: '../../etc/passwd' },
      { key: 'Draft' },
      { key: huge },
      { key: 'new-deal', extra: 1 },
      'new-deal',
      [],
    ],
    'drafts:save': [
      {},
      null,
      { key: 'new-deal' },
      { value: 1 },
      { key: 'new deal', value: 1 },
      { key: 'new-deal', value: 'x'.repeat(300_000) },
      { key: 'new-deal', value: 1, extra: 1 },
      [{ key: 'new-deal', value: 1 }],
      42,
    ],
    'drafts:discard': [{}, null, { key: 5 }, { key: 'NEW' }, { key: 'new-deal', extra: 1 }, 'new-deal'],
    'contacts:recent': [{ limit: 0 }, { limit: 51 }, { limit: 'ten' }, { limit: 2.5 }, { x: 1 }, 42, 'a', []],
    'sync:status': empties,
    'sync:now': empties,
    'sync:conflicts': empties,
    'sync:resolveConflict': [
      {},
      null,
      { referralId: id },
      { choices: { 'details.dealValue': 'local' } },
      { referralId: id, choices: {} },
      { referralId: id, choices: { 'details.dealValue': 'mine' } },
      { referralId: id, choices: { 'details.dealValue': 1 } },
      { referralId: huge, choices: { 'details.dealValue': 'local' } },
      { referralId: id, choices: { [huge]: 'local' } },
      { referralId: id, choices: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`f${i}`, 'local'])) },
      { referralId: id, choices: { 'details.dealValue': 'local' }, extra: 1 },
      { referralId: id, choices: ['local'] },
      'local',
      [],
    ],
    'auth:state': empties,
    'auth:signIn': empties,
    'auth:cancelSignIn': empties,
    'auth:signOut': empties,
    'policy:get': empties,
    'app:info': empties,
    'insights:get': [
      { x: 1 },
      42,
      'text',
      [],
      { from: 'last month' },
      { to: huge },
      { direction: 'sideways' },
      { dealType: 'DROP TABLE referrals' },
      { from: '2026-03-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    ],
    'export:csv': [
      {},
      null,
      { exportId: 'export-0001', language: 'en' },
      { exportId: 'export-0001', query: { tab: 'inbound' }, language: 42 },
      { exportId: 'export-0001', query: { tab: 'inbound' }, language: 'de' },
      { exportId: '../../etc', query: { tab: 'inbound' }, language: 'en' },
      { exportId: huge, query: { tab: 'inbound' }, language: 'en' },
      { exportId: 'export-0001', query: { tab: 'inbound', limit: 5 }, language: 'en' },
      { exportId: 'export-0001', query: { tab: 'inbound', cursor: 'x' }, language: 'en' },
      { exportId: 'export-0001', query: { tab: 'nope' }, language: 'en' },
      { exportId: 'export-0001', query: { tab: 'inbound', search: huge }, language: 'en' },
      { exportId: 'export-0001', query: { tab: 'inbound' }, language: 'en', path: '/etc/passwd' },
      42,
    ],
    'export:cancel': [{}, null, { exportId: 5 }, { exportId: '' }, { exportId: huge }, { exportId: 'export-0001', extra: 1 }, 'x'],
    'settings:get': empties,
    'settings:set': [
      {},
      null,
      { settings: null },
      { settings: { theme: 'pink' } },
      { settings: { colour: 'red' } },
      { settings: { serviceUrl: 'ftp://x' } },
      { settings: { serviceUrl: huge } },
      { settings: { notifications: { thresholdsHours: [0] } } },
      { settings: { notifications: { thresholdsHours: [] } } },
      { settings: { notifications: { thresholdsHours: Array(7).fill(1) } } },
      { settings: { notifications: { quietHours: { start: '25:00', end: '07:00' } } } },
      { settings: { notifications: { loud: true } } },
      { settings: { closeToTray: 'yes' } },
      { settings: {}, extra: 1 },
      'theme=dark',
      [],
    ],
  };
}

/** Well-formed requests the app must refuse (unknown deal, impossible transition): typed errors too. */
function refusals(): Array<[Channel, unknown]> {
  return [
    ['referrals:get', { id: 'no-such-deal' }],
    ['favorites:set', { id: 'no-such-deal', favorite: true }],
    ['referrals:act', { id: 'no-such-deal', action: { type: 'decline', reason: 'BudgetNotAdequate' } }],
    ['referrals:act', { id: ids.inbound, action: { type: 'expire' } }],
    ['referrals:act', { id: ids.archived, action: { type: 'decline', reason: 'BudgetNotAdequate' } }],
  ];
}

function expectTypedError(body: ResultBody, status: number, label: string): void {
  expect(body.ok, label).toBe(false);
  if (body.ok) return;
  expect(body.error.code, label).toMatch(/^[A-Z][A-Z_]+$/);
  expect(body.error.code, `${label}: a bad request is never an internal error`).not.toBe('INTERNAL');
  expect(typeof body.error.message, label).toBe('string');
  expect(body.error.message.length, `${label}: a sentence a person can read`).toBeGreaterThan(10);
  expect(body.error.message, `${label}: no stack traces`).not.toMatch(/\bat .+:\d+:\d+|node_modules|ZodError/);
  expect(body.error.message.length, `${label}: the input is not echoed back whole`).toBeLessThan(2_000);
  expect(status, label).toBe(body.error.code === 'BAD_INPUT' ? 400 : 422);
}

beforeAll(async () => {
  host = await startWebHost({ demoCount: 200 });
  ids = {
    inbound: await firstId({ tab: 'inbound', stages: ['received'] }),
    outbound: await firstId({ tab: 'outbound' }),
    archived: await firstId({ tab: 'inbound', stages: ['archived'] }),
  };
  const [solution] = (await ok('catalog:listSolutions', {})) as unknown[];
  validDeal = {
    customer: { name: 'Contoso Ltd', address: { city: 'Seattle', country: 'US' } },
    name: 'Contoso data platform',
    dealValue: '25000.00',
    currency: 'USD',
    closingDateTime: '2027-03-31T00:00:00.000Z',
    team: [{ firstName: 'Ana', lastName: 'Silva', phoneNumber: '+1 425 555 0100', email: 'ana@example.com' }],
    solutions: [solution],
  };
  before = await snapshot();
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
  await host?.close();
});

describe('malformed payloads, on every channel', () => {
  it('the base deal of the create cases is itself valid (so each case breaks exactly one thing)', () => {
    expect(contract['referrals:create'].input.safeParse({ deal: validDeal }).success).toBe(true);
  });

  it.each(channels)('%s answers each with a typed error', async (channel) => {
    const cases = malformed()[channel];
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const [i, input] of cases.entries()) {
      const res = await call(host.port, host.token, channel, input);
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify can return undefined
      expectTypedError(res.body, res.status, `${channel} case ${i}: ${JSON.stringify(input)?.slice(0, 80)}`);
      if (!res.body.ok) expect(res.body.error.code, `${channel} case ${i}`).toBe('BAD_INPUT');
    }
  });

  it('refuses well-formed requests the store cannot honour with typed errors', async () => {
    for (const [channel, input] of refusals()) {
      const res = await call(host.port, host.token, channel, input);
      expectTypedError(res.body, res.status, `${channel} ${JSON.stringify(input)}`);
      expect(!res.body.ok && res.body.error.code).not.toBe('BAD_INPUT');
    }
  });

  it('never echoes a key it does not know, at any depth, on any channel', async () => {
    const unknown = 'zzUnknownKey<img src=x onerror=alert(1)>';
    const { inbound: id } = ids;
    const nested: Array<[Channel, unknown, string]> = [
      ['settings:set', { settings: { [unknown]: true } }, 'settings'],
      ['settings:set', { settings: { notifications: { [unknown]: true } } }, 'settings.notifications'],
      ['referrals:act', { id, action: { type: 'edit', edits: { [unknown]: 'x' } } }, 'action.edits'],
    ];
    const topLevel = channels.map((channel): [Channel, unknown, string] => [channel, { [unknown]: 1 }, '(input)']);
    for (const [channel, input, field] of [...nested, ...topLevel]) {
      const res = await call(host.port, host.token, channel, input);
      expect(JSON.stringify(res.body), `${channel} ${field}`).not.toContain('zzUnknownKey');
      expectTypedError(res.body, res.status, `${channel} ${field}`);
      // The field is named by the schema's own words, with a message that says what to do.
      if (!res.body.ok && field !== '(input)') expect(res.body.error.fields?.[field], channel).toBe(UNKNOWN_FIELDS_MESSAGE);
    }
  });

  it('refuses dates outside 1900–2199 with the range, at the field', async () => {
    const res = await call(host.port, host.token, 'referrals:create', {
      deal: { ...validDeal, closingDateTime: '9999-12-31T23:59:59.999-23:59' },
    });
    expect(res.body).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: 'Enter a date between the years 1900 and 2199 — deal.closingDateTime',
        key: 'errors:input.problemAt',
        fields: { 'deal.closingDateTime': 'errors:date.range' },
      },
    });
  });

  it('names the field at fault', async () => {
    const res = await call(host.port, host.token, 'referrals:create', { deal: { ...validDeal, team: [] } });
    expect(res.body).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { 'deal.team': 'errors:team.min' } },
    });
  });
});

describe('transport refusals', () => {
  it('401 without the token, or with a wrong one', async () => {
    for (const token of [null, 'wrong-token', host.token.slice(0, -1)]) {
      const res = await call(host.port, token, 'favorites:set', { id: ids.inbound, favorite: true });
      expect(res.status).toBe(401);
      expectTypedShape(res.body, 'UNAUTHORIZED');
    }
    const sse = await rawRequest(host.port, { path: '/api/events?token=wrong-token' });
    expect(sse.status).toBe(401);
  });

  it('404 for an unknown channel, without repeating the name asked for', async () => {
    for (const channel of ['shell:exec', 'referrals:delete', '__proto__', 'constructor', '', '..%2f..%2fpackage.json']) {
      const res = await call(host.port, host.token, channel, {});
      expect(res, channel).toEqual({
        status: 404,
        body: { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: UNKNOWN_CHANNEL_MESSAGE, key: 'errors:app.unknownChannel' } },
      });
    }
  });

  it('400 for a body that is not JSON', async () => {
    for (const text of ['{', '{"id": }', 'undefined', "{'id':'x'}", '\u0000']) {
      const res = await call(host.port, host.token, 'favorites:set', text);
      expect(res).toEqual({
        status: 400,
        body: { ok: false, error: { code: 'BAD_INPUT', message: 'The request body is not valid JSON.', key: 'errors:host.json' } },
      });
    }
  });

  it('403 for a foreign Origin or a foreign Host', async () => {
    const origin = await call(
      host.port,
      host.token,
      'favorites:set',
      { id: ids.inbound, favorite: true },
      { Origin: 'https://evil.example' },
    );
    expect(origin.status).toBe(403);
    expectTypedShape(origin.body, 'FORBIDDEN');
    const rebound = await call(
      host.port,
      host.token,
      'favorites:set',
      { id: ids.inbound, favorite: true },
      { Host: `evil.example:${host.port}` },
    );
    expect(rebound.status).toBe(403);
  });

  it('413 for a body over 1 MB', async () => {
    const res = await call(host.port, host.token, 'directory:searchCustomers', { query: 'y'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expectTypedShape(res.body, 'TOO_LARGE');
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/..%5c..%5cpackage.json',
    '/assets/..%2f..%2f..%2fpackage.json',
  ])('does not serve %s', async (path) => {
    const res = await rawRequest(host.port, { path });
    expect([403, 404]).toContain(res.status);
    expect(res.text).not.toContain('co-sell-workspace');
  });
});

describe('after all of that', () => {
  it('the store is unchanged: same rows in every table, same counts, pages, deals and history', async () => {
    const after = await snapshot();
    expect(after.digest).toBe(before.digest);
    expect(after.api).toEqual(before.api);
  });
});

function expectTypedShape(body: ResultBody, code: string): void {
  expect(body).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
  expect(!body.ok && body.error.message.length).toBeGreaterThan(10);
}
