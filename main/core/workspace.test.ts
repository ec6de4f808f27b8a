import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, channels } from '../../shared/ipc';
import { DB_FILE_NAME, latestVersion } from './store/database';
import { newDeal } from './testing/fixtures';
import { TEST_NOW, tempWorkspace, type TestWorkspace } from './testing/tempWorkspace';
import { openWorkspace } from './workspace';
import { shippedRates } from './rates/shippedRates';

let t: TestWorkspace | null = null;
afterEach(() => {
  t?.close();
  t = null;
});

describe('openWorkspace', () => {
  it('answers exactly the channels of the contract (the domain maps together)', () => {
    t = tempWorkspace({ demoCount: 0 });
    expect(Object.keys(t.ws.handlers).sort()).toEqual([...channels].sort());
  });

  it('keeps every change across close and reopen, and seeds demo data only into an empty store', async () => {
    t = tempWorkspace({ demoCount: 120, seed: 4 });
    const created = await t.call('referrals:create', { deal: newDeal({ name: 'Survives a restart' }) });
    const fav = (await t.call('referrals:list', { tab: 'inbound', stages: ['accepted'], limit: 1 })).items[0]!;
    await t.call('favorites:set', { id: fav.id, favorite: true });
    await t.call('referrals:act', { id: fav.id, action: { type: 'win' } });
    const counts = await t.call('referrals:counts', {});

    t.reopen({ demo: { count: 500, seed: 99 } });
    expect(await t.call('referrals:counts', {})).toEqual(counts);
    const again = await t.call('referrals:get', { id: created.referral.id });
    expect(again).toEqual(created);
    const won = await t.call('referrals:get', { id: fav.id });
    expect(won).toMatchObject({ favorite: true, stage: 'archived', syncState: 'pending', pendingChanges: 1 });
    expect(won.referral.substatus).toBe('Won');
    expect((await t.call('referrals:list', { tab: 'outbound', search: 'survives restart' })).total).toBe(1);
    expect((await t.call('sync:status', {})).pendingChanges).toBe(2);
  });

  it('generates the same demo data for the same seed and clock', async () => {
    const a = tempWorkspace({ demoCount: 150, seed: 77 });
    const b = tempWorkspace({ demoCount: 150, seed: 77 });
    try {
      const page = async (w: TestWorkspace) =>
        (await w.call('referrals:list', { tab: 'inbound', limit: 500, sort: { column: 'name', direction: 'asc' } })).items;
      expect(await page(a)).toEqual(await page(b));
      expect(await a.call('referrals:counts', {})).toEqual(await b.call('referrals:counts', {}));
    } finally {
      a.close();
      b.close();
    }
  });

  it('refuses a data folder written by a newer version with DB_TOO_NEW', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosell-newer-'));
    try {
      const db = new Sqlite(join(dir, DB_FILE_NAME));
      db.pragma(`user_version = ${latestVersion() + 5}`);
      db.close();
      expect(() => openWorkspace({ dataDir: dir, transport: 'electron', version: '1.0.0' })).toThrow(AppError);
      try {
        openWorkspace({ dataDir: dir, transport: 'electron', version: '1.0.0' });
      } catch (err) {
        expect((err as AppError).code).toBe('DB_TOO_NEW');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('creates a missing data folder and starts empty without demo data', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'cosell-new-'));
    const w = openWorkspace({
      dataDir: join(parent, 'a', 'b'),
      transport: 'web',
      version: '1.0.0',
      clock: { now: () => new Date(TEST_NOW) },
    });
    try {
      const r = await w.dispatch('referrals:counts', {});
      expect(r).toEqual({
        ok: true,
        value: {
          inbound: { received: 0, accepted: 0, archived: 0, total: 0 },
          outbound: { received: 0, accepted: 0, archived: 0, total: 0 },
          favorites: { received: 0, accepted: 0, archived: 0, total: 0 },
        },
      });
      expect(await w.dispatch('referrals:list', { tab: 'inbound' })).toEqual({
        ok: true,
        value: { items: [], nextCursor: null, total: 0, rates: { date: shippedRates.date, source: shippedRates.source } },
      });
      expect(await w.dispatch('no:such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    } finally {
      w.close();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('directory and catalog', () => {
  it('suggests customers by name, prefix matches first, with address and D-U-N-S, optionally in one country', async () => {
    t = tempWorkspace({ demoCount: 3000, seed: 12 });
    const all = await t.call('directory:searchCustomers', { query: 'contoso', limit: 50 });
    const matching = t.raw().prepare("SELECT count(*) AS n FROM customers WHERE name LIKE '%contoso%'").get() as { n: number };
    expect(matching.n).toBeGreaterThan(1);
    expect(all).toHaveLength(Math.min(50, matching.n));
    expect(all.every((c) => /contoso/i.test(c.name))).toBe(true);
    expect(all[0]!.address.city).not.toBe('');
    const country = all[0]!.address.country;
    const inCountry = await t.call('directory:searchCustomers', { query: 'CONTOSO', country, limit: 50 });
    expect(inCountry.every((c) => c.address.country === country)).toBe(true);
    const mid = await t.call('directory:searchCustomers', { query: 'o', limit: 50 });
    const firstNonPrefix = mid.findIndex((c) => !c.name.toLowerCase().startsWith('o'));
    expect(mid.slice(firstNonPrefix).every((c) => !c.name.toLowerCase().startsWith('o'))).toBe(true);
    expect(await t.call('directory:searchCustomers', { query: '%_', limit: 5 })).toEqual([]);
    // Several entities share a name and a city: the suggestions tell them apart by address and D-U-N-S.
    const twin = t.raw().prepare('SELECT name, city FROM customers GROUP BY name, city HAVING count(*) > 1 LIMIT 1').get() as {
      name: string;
      city: string;
    };
    const twins = (await t.call('directory:searchCustomers', { query: twin.name, limit: 50 })).filter(
      (c) => c.name === twin.name && c.address.city === twin.city,
    );
    expect(twins.length).toBeGreaterThan(1);
    expect(new Set(twins.map((c) => `${c.address.addressLine1}|${c.duns ?? ''}`)).size).toBe(twins.length);
    expect(await t.call('directory:searchCustomers', { query: '', limit: 7 })).toHaveLength(7);
  });

  it('lists the solution catalog, optionally one kind', async () => {
    t = tempWorkspace({ demoCount: 50, seed: 13 });
    const all = await t.call('catalog:listSolutions', {});
    expect(new Set(all.map((s) => s.kind))).toEqual(new Set(['own', 'microsoft', 'thirdParty']));
    const own = await t.call('catalog:listSolutions', { kind: 'own' });
    // One kind is that part of the whole catalog, in the same order (our own solutions come first).
    expect(own).toEqual(all.filter((s) => s.kind === 'own'));
    expect(all.slice(0, own.length)).toEqual(own);
    expect(own.every((s) => s.kind === 'own' && s.publisher === 'Lakeshore Cloud Partners')).toBe(true);
    expect(own.some((s) => s.registrationEligible)).toBe(true);
  });
});
