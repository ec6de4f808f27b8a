import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralRow } from '../../../shared/domain';
import { listQuerySchema, sortColumnSchema, type ChannelInput, type ListPage, type ListQuery, type SortColumn } from '../../../shared/ipc';
import { BAD_CURSOR_MESSAGE, encodeCursor } from '../store/list/cursor';
import { buildFilteredCountsSql, buildListSql, keysetSeek } from '../store/list/listSql';
import { newDeal } from '../testing/fixtures';
import { tempWorkspace, type TestWorkspace } from '../testing/tempWorkspace';
import { usdMinorOf } from '../../../shared/domain';
import { shippedRates } from '../rates/shippedRates';

let t: TestWorkspace;
beforeAll(async () => {
  t = tempWorkspace({ demoCount: 700, seed: 3 });
  // Names that differ only in letter case tie under the list's case-insensitive sort: the id breaks the tie.
  for (const name of ['acme deal', 'ACME deal', 'Acme Deal']) {
    const d = await t.call('referrals:create', { deal: newDeal({ name, customer: { ...newDeal().customer, name: 'Zz Tie Customer' } }) });
    // One of them archived, so the tie also spans two stages (two index ranges merged).
    if (name === 'ACME deal') await t.call('referrals:act', { id: d.referral.id, action: { type: 'lose', reason: 'NotACustomer' } });
  }
});
afterAll(() => t.close());

type Raw = {
  id: string;
  name: string;
  customer_name: string;
  deal_value_minor: number;
  currency: string;
  closing_date: string;
  deal_type: string;
  stage_rank: number;
  expiration: string | null;
  updated: string;
};

/** The list's order, computed independently in JS from raw rows: SQLite NOCASE folds ASCII letters only. */
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const keyOf: Record<SortColumn, (r: Raw) => string | number> = {
  name: (r) => fold(r.name),
  customerName: (r) => fold(r.customer_name),
  // In US cents at the shipped rates, computed here in JS; -1 for a currency they do not know.
  dealValue: (r) => usdMinorOf(r.deal_value_minor, r.currency, shippedRates) ?? -1,
  closingDateTime: (r) => r.closing_date,
  dealType: (r) => r.deal_type,
  stage: (r) => r.stage_rank,
  expirationDateTime: (r) => r.expiration ?? '~',
  updatedDateTime: (r) => r.updated,
};
function expectedIds(where: string, params: unknown[], column: SortColumn, direction: 'asc' | 'desc'): string[] {
  const rows = t
    .raw()
    .prepare(`SELECT * FROM referrals r WHERE ${where}`)
    .all(...params) as Raw[];
  const sign = direction === 'asc' ? 1 : -1;
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => sign * (cmp(keyOf[column](a), keyOf[column](b)) || cmp(a.id, b.id))).map((r) => r.id);
}

async function allPages(query: ListQuery): Promise<{ rows: ReferralRow[]; totals: number[]; pages: number }> {
  const rows: ReferralRow[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: ListPage = await t.call('referrals:list', { ...query, cursor });
    rows.push(...page.items);
    totals.push(page.total);
    cursor = page.nextCursor;
    pages++;
    expect(pages).toBeLessThan(200);
  } while (cursor);
  return { rows, totals, pages };
}

describe('referrals:list filters', () => {
  it('Inbound and Outbound show only their direction; Favorites shows favorites from both', async () => {
    const inbound = await allPages({ tab: 'inbound', limit: 500 });
    const outbound = await allPages({ tab: 'outbound', limit: 500 });
    const favorites = await allPages({ tab: 'favorites', limit: 500 });
    expect(inbound.rows.every((r) => r.direction === 'inbound')).toBe(true);
    expect(outbound.rows.every((r) => r.direction === 'outbound')).toBe(true);
    expect(inbound.rows.length + outbound.rows.length).toBe(703);
    expect(favorites.rows.length).toBeGreaterThan(0);
    expect(favorites.rows.every((r) => r.favorite)).toBe(true);
    expect(new Set(favorites.rows.map((r) => r.direction))).toEqual(new Set(['inbound', 'outbound']));
    expect(inbound.rows.filter((r) => r.favorite).length + outbound.rows.filter((r) => r.favorite).length).toBe(favorites.rows.length);
  });

  it('filters by stage, deal type and close date range (inclusive)', async () => {
    const received = await allPages({ tab: 'inbound', stages: ['received'], limit: 500 });
    expect(received.rows.length).toBeGreaterThan(0);
    expect(received.rows.every((r) => r.stage === 'received' && r.expirationDateTime !== null)).toBe(true);
    const noStages = await allPages({ tab: 'inbound', stages: [], limit: 500 });
    expect(noStages.rows.length).toBe(
      received.totals[0]! + (await t.call('referrals:list', { tab: 'inbound', stages: ['accepted', 'archived'] })).total,
    );
    const coSell = await allPages({ tab: 'outbound', dealType: 'coSell', stages: ['accepted'], limit: 500 });
    expect(coSell.rows.every((r) => r.dealType === 'coSell' && r.stage === 'accepted')).toBe(true);
    const from = '2026-12-01T00:00:00.000Z';
    const to = '2027-01-31T23:59:59.999Z';
    const inRange = await allPages({ tab: 'inbound', closeFrom: from, closeTo: to, limit: 500 });
    expect(inRange.rows.length).toBe(
      expectedIds("direction = 'inbound' AND closing_date BETWEEN ? AND ?", [from, to], 'name', 'asc').length,
    );
    expect(inRange.rows.every((r) => r.closingDateTime >= from && r.closingDateTime <= to)).toBe(true);
    const exact = inRange.rows[0]!.closingDateTime;
    const oneDay = await t.call('referrals:list', { tab: 'inbound', closeFrom: exact, closeTo: exact });
    expect(oneDay.items.map((r) => r.id)).toContain(inRange.rows[0]!.id);
  });

  it('filters by customer: any word of the customer name starting with the text, in any letter case', async () => {
    const some = (await t.call('referrals:list', { tab: 'outbound', limit: 1, sort: { column: 'customerName', direction: 'desc' } }))
      .items[0]!;
    const word = some.customerName.split(' ')[1] ?? some.customerName;
    const found = await allPages({ tab: 'outbound', customer: word.slice(0, 4).toUpperCase(), limit: 500 });
    expect(found.rows.map((r) => r.id)).toContain(some.id);
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${word.slice(0, 4)}`, 'iu');
    expect(found.rows.every((r) => re.test(r.customerName))).toBe(true);
    expect((await t.call('referrals:list', { tab: 'outbound', customer: 'zz tie' })).total).toBe(3);
  });

  it('searches deal name, customer, notes, CRM ID and campaign ID, by word prefix, ignoring accents and case', async () => {
    await t.call('referrals:create', {
      deal: newDeal({
        name: 'Résumé parsing pilot',
        notes: 'Needs the quokka connector',
        externalReferenceId: 'CRM-55501234',
        campaignId: 'Spring-Blitz-27',
        customer: { ...newDeal().customer, name: 'Wallaby Freight Pty Ltd' },
      }),
    });
    for (const q of ['resume pars', 'quokka', 'crm-555012', 'spring blitz', 'WALLABY', '  Résumé  ']) {
      const page = await t.call('referrals:list', { tab: 'outbound', search: q });
      expect(
        page.items.map((r) => r.name),
        q,
      ).toContain('Résumé parsing pilot');
      expect(page.total).toBe(page.items.length);
    }
    expect((await t.call('referrals:list', { tab: 'inbound', search: 'quokka' })).total).toBe(0);
    expect((await t.call('referrals:list', { tab: 'outbound', search: '   ' })).total).toBe(
      (await t.call('referrals:list', { tab: 'outbound' })).total,
    );
  });

  it('a search inside a stage follows the deal when its stage changes (the index keeps tab and stage)', async () => {
    const d = await t.call('referrals:create', { deal: newDeal({ name: 'Numbat telemetry rollout' }) });
    const inStage = async (stage: 'accepted' | 'archived') =>
      (await t.call('referrals:list', { tab: 'outbound', stages: [stage], search: 'numbat' })).items.map((r) => r.id);
    const before = (await t.call('referrals:get', { id: d.referral.id })).referral;
    const start = before.status === 'Active' ? 'accepted' : 'archived';
    expect(await inStage(start)).toEqual([d.referral.id]);
    await t.call('referrals:act', { id: d.referral.id, action: { type: 'lose', reason: 'NotACustomer' } });
    expect(await inStage('archived')).toEqual([d.referral.id]);
    expect(await inStage('accepted')).toEqual([]);
    // The count (read from the index alone) and the page agree.
    const page = await t.call('referrals:list', { tab: 'outbound', stages: ['archived'], search: 'numbat telemetry' });
    expect(page.total).toBe(1);
    expect((await t.call('referrals:list', { tab: 'inbound', search: 'numbat' })).total).toBe(0);
  });

  it('pages of one search stay its own while other searches run between them (each search matches once, then pages)', async () => {
    const query: ListQuery = { tab: 'inbound', search: 'mi', sort: { column: 'name', direction: 'asc' }, limit: 25 };
    const alone = (await allPages(query)).rows.map((r) => r.id);
    expect(alone.length).toBeGreaterThan(50);
    const mixed: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ListPage = await t.call('referrals:list', { ...query, cursor });
      mixed.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
      // Another tab's and another word's hits in between.
      expect((await t.call('referrals:list', { tab: 'outbound', search: 'zz-no-such-deal' })).total).toBe(0);
    } while (cursor);
    expect(mixed).toEqual(alone);
  });

  it('never fails on punctuation, quotes or FTS syntax in the search', async () => {
    for (const q of [
      '"',
      "O'Neill",
      'a"b',
      '"unterminated',
      'NEAR(',
      'col:val',
      '***',
      '(((',
      ')',
      '-',
      'AND',
      'OR NOT',
      '^',
      '😀 azure',
      '\\',
      '%_%',
      'x'.repeat(200),
    ]) {
      const r = await t.ws.dispatch('referrals:list', { tab: 'inbound', search: q });
      expect(r.ok, q).toBe(true);
    }
  });
});

/** Pages through the raw SQL with a forced plan (the workspace picks the plan from the total). */
function idsViaPlan(query: ListQuery, total: number): string[] {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const q = listQuerySchema.parse({ ...query, cursor });
    const s = buildListSql(q, keysetSeek(q), { total });
    const rows = t
      .raw()
      .prepare(s.sql)
      .all(...s.params) as { id: string; sort_key: string | number }[];
    const page = rows.slice(0, q.limit);
    ids.push(...page.map((r) => r.id));
    const last = page[page.length - 1];
    if (rows.length <= q.limit || !last) return ids;
    cursor = encodeCursor(q.sort, last.sort_key, last.id);
  }
  throw new Error('too many pages');
}

describe('referrals:list sorting and keyset pages', () => {
  const cases: { label: string; query: ListQuery; where: string; params: unknown[] }[] = [
    { label: 'inbound, every stage', query: { tab: 'inbound' }, where: "r.direction = 'inbound'", params: [] },
    {
      label: 'outbound, accepted + archived',
      query: { tab: 'outbound', stages: ['accepted', 'archived'] },
      where: "r.direction = 'outbound' AND r.stage IN ('accepted', 'archived')",
      params: [],
    },
    {
      label: 'inbound received',
      query: { tab: 'inbound', stages: ['received'] },
      where: "r.direction = 'inbound' AND r.stage = 'received'",
      params: [],
    },
    { label: 'favorites', query: { tab: 'favorites' }, where: 'r.id IN (SELECT referral_id FROM favorites)', params: [] },
  ];
  for (const c of cases) {
    it(`${c.label}: every column asc and desc, pages join into the full order with no gap or duplicate`, async () => {
      for (const column of sortColumnSchema.options) {
        for (const direction of ['asc', 'desc'] as const) {
          const { rows, totals, pages } = await allPages({ ...c.query, sort: { column, direction }, limit: 37 });
          const ids = rows.map((r) => r.id);
          const expected = expectedIds(c.where, c.params, column, direction);
          expect(ids, `${column} ${direction}`).toEqual(expected);
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(totals)).toEqual(new Set([expected.length]));
          expect(pages).toBe(Math.max(1, Math.ceil(expected.length / 37)));
          // The same through both plans: filter-then-sort (few matches) and the ordered per-stage scan (many).
          expect(idsViaPlan({ ...c.query, sort: { column, direction }, limit: 37 }, 0), `${column} ${direction} few`).toEqual(expected);
          expect(idsViaPlan({ ...c.query, sort: { column, direction }, limit: 37 }, 1_000_000), `${column} ${direction} many`).toEqual(
            expected,
          );
        }
      }
    });
  }

  it('deals whose names differ only in letter case keep a stable order across pages', async () => {
    const query: ListQuery = { tab: 'outbound', customer: 'Zz Tie', sort: { column: 'name', direction: 'asc' }, limit: 1 };
    const { rows } = await allPages(query);
    expect(rows.map((r) => r.name).sort()).toEqual(['ACME deal', 'Acme Deal', 'acme deal']);
    expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort());
  });

  it('the few-matches and many-matches plans return the same rows', () => {
    for (const raw of [
      { tab: 'inbound', search: 'azure', sort: { column: 'dealValue', direction: 'desc' }, limit: 50 },
      { tab: 'outbound', customer: 'co', stages: ['accepted', 'archived'], sort: { column: 'name', direction: 'asc' } },
      { tab: 'inbound', closeFrom: '2026-06-01T00:00:00Z', sort: { column: 'expirationDateTime', direction: 'asc' } },
    ]) {
      const q = listQuerySchema.parse(raw);
      const run = (total: number) => {
        const s = buildListSql(q, keysetSeek(q), { total });
        return t
          .raw()
          .prepare(s.sql)
          .all(...s.params);
      };
      expect(run(0)).toEqual(run(1_000_000));
    }
  });

  it('refuses a page link that does not belong to the list', async () => {
    const first = await t.call('referrals:list', { tab: 'inbound', limit: 10 });
    for (const cursor of ['garbage', first.nextCursor!.slice(0, -3) + 'xyz']) {
      const error = await t.fail('referrals:list', { tab: 'inbound', limit: 10, cursor, sort: { column: 'name', direction: 'asc' } });
      expect(error).toMatchObject({
        code: 'BAD_INPUT',
        message: 'That page link is no longer valid; reload the list.',
        key: 'errors:input.badCursor',
        fields: { cursor: BAD_CURSOR_MESSAGE },
      });
    }
  });

  it('a list row carries what the list shows', async () => {
    const row = (await t.call('referrals:list', { tab: 'inbound', stages: ['received'], limit: 1 })).items[0]!;
    expect(Object.keys(row).sort()).toEqual([
      'closingDateTime',
      'currency',
      'customerName',
      'dealType',
      'dealValue',
      'direction',
      'expirationDateTime',
      'favorite',
      'id',
      'name',
      'pendingChanges',
      'stage',
      'substatus',
      'updatedDateTime',
      'valueUsd',
    ]);
    const detail = await t.call('referrals:get', { id: row.id });
    expect(row).toMatchObject({
      name: detail.referral.name,
      customerName: detail.referral.customerProfile.name,
      dealValue: detail.referral.details.dealValue,
      stage: 'received',
      favorite: detail.favorite,
    });
  });
});

describe('referrals:counts and referrals:get', () => {
  it('counts per tab and stage add up to what the lists show', async () => {
    const counts = await t.call('referrals:counts', {});
    for (const tab of ['inbound', 'outbound', 'favorites'] as const) {
      let sum = 0;
      for (const stage of ['received', 'accepted', 'archived'] as const) {
        const n = (await t.call('referrals:list', { tab, stages: [stage] })).total;
        expect(counts[tab][stage], `${tab}/${stage}`).toBe(n);
        sum += n;
      }
      expect(counts[tab].total).toBe(sum);
    }
    expect(counts.outbound.received).toBe(0);
  });

  it('counts follow deals created, moved to another stage and removed by any writer (equal to counting the deals)', async () => {
    const counted = () => {
      const out: Record<string, number> = {};
      const rows = t.raw().prepare('SELECT direction, stage, count(*) AS n FROM referrals GROUP BY 1, 2').all() as {
        direction: string;
        stage: string;
        n: number;
      }[];
      for (const r of rows) out[`${r.direction}/${r.stage}`] = r.n;
      return out;
    };
    const shown = async () => {
      const c = await t.call('referrals:counts', {});
      const out: Record<string, number> = {};
      for (const tab of ['inbound', 'outbound'] as const)
        for (const stage of ['received', 'accepted', 'archived'] as const) if (c[tab][stage] > 0) out[`${tab}/${stage}`] = c[tab][stage];
      return out;
    };
    const before = await t.call('referrals:counts', {});
    const d = await t.call('referrals:create', { deal: newDeal({ name: 'Bilby counts check' }) });
    const stage = (await t.call('referrals:get', { id: d.referral.id })).referral.status === 'Active' ? 'accepted' : 'archived';
    expect((await t.call('referrals:counts', {})).outbound[stage]).toBe(before.outbound[stage] + 1);
    expect(await shown()).toEqual(counted());
    if (stage === 'accepted') {
      await t.call('referrals:act', { id: d.referral.id, action: { type: 'lose', reason: 'NotACustomer' } });
      const moved = await t.call('referrals:counts', {});
      expect([moved.outbound.accepted, moved.outbound.archived]).toEqual([before.outbound.accepted, before.outbound.archived + 1]);
    }
    expect(await shown()).toEqual(counted());
    // Another connection (as sync's view writer does) removes it: the counts follow.
    t.raw().prepare('DELETE FROM referrals WHERE id = ?').run(d.referral.id);
    expect((await t.call('referrals:counts', {})).outbound.total).toBe(before.outbound.total);
    expect(await shown()).toEqual(counted());
  });

  it('favorites per stage follow the star, a move to another stage, a rename and a delete by any writer (equal to counting them)', async () => {
    const raw = t.raw();
    const counted = () => {
      const out: Record<string, number> = {};
      const rows = raw
        .prepare('SELECT r.stage AS stage, count(*) AS n FROM favorites f JOIN referrals r ON r.id = f.referral_id GROUP BY 1')
        .all() as { stage: string; n: number }[];
      for (const r of rows) out[r.stage] = r.n;
      return out;
    };
    const shown = async () => {
      const c = (await t.call('referrals:counts', {})).favorites;
      const out: Record<string, number> = {};
      for (const stage of ['received', 'accepted', 'archived'] as const) if (c[stage] > 0) out[stage] = c[stage];
      expect(c.total).toBe(Object.values(out).reduce((a, b) => a + b, 0));
      return out;
    };
    type Stage = 'received' | 'accepted' | 'archived';
    /** Runs `change` and expects the favorites of each stage in `by` to move by that much, and every stage to equal counting them. */
    const expectMove = async (what: string, by: Partial<Record<Stage, number>>, change: () => unknown) => {
      const before = (await t.call('referrals:counts', {})).favorites;
      await change();
      const after = (await t.call('referrals:counts', {})).favorites;
      for (const [stage, n] of Object.entries(by)) expect(after[stage as Stage], `${what}: ${stage}`).toBe(before[stage as Stage] + n);
      expect(await shown(), what).toEqual(counted());
    };
    expect(await shown()).toEqual(counted());

    // The star, on and off (favorites:set), and a favorite deal moving to another stage (a lifecycle action).
    const d = await t.call('referrals:create', { deal: newDeal({ name: 'Quokka favorite counts' }) });
    const id = d.referral.id;
    expect((await t.call('referrals:get', { id })).stage).toBe('accepted');
    await expectMove('starred', { accepted: 1 }, () => t.call('favorites:set', { id, favorite: true }));
    await expectMove('lost', { accepted: -1, archived: 1 }, () =>
      t.call('referrals:act', { id, action: { type: 'lose', reason: 'NotACustomer' } }),
    );
    const now = 'archived';
    await expectMove('unstarred', { [now]: -1 }, () => t.call('favorites:set', { id, favorite: false }));

    // Another connection without foreign keys (the default of a bare SQLite connection): a favorite deal renamed
    // (its favorite no longer points at it, then again), deleted (the favorite stays behind) and inserted again.
    await t.call('favorites:set', { id, favorite: true });
    raw.pragma('foreign_keys = OFF');
    await expectMove('renamed away from its favorite', { [now]: -1 }, () =>
      raw.prepare('UPDATE referrals SET id = ? WHERE id = ?').run(`${id}-x`, id),
    );
    await expectMove('renamed back', { [now]: 1 }, () => raw.prepare('UPDATE referrals SET id = ? WHERE id = ?').run(id, `${id}-x`));
    raw.exec('DROP TABLE IF EXISTS temp.kept_deal');
    raw.prepare('CREATE TEMP TABLE kept_deal AS SELECT * FROM referrals WHERE id = ?').run(id);
    await expectMove('deleted, favorite left behind', { [now]: -1 }, () => raw.prepare('DELETE FROM referrals WHERE id = ?').run(id));
    await expectMove('inserted again under its favorite', { [now]: 1 }, () =>
      raw.exec('INSERT INTO referrals SELECT * FROM temp.kept_deal'),
    );

    // With foreign keys on (as the app's connections have them), deleting a favorite deal cascades to its favorite:
    // counted once, not twice.
    raw.pragma('foreign_keys = ON');
    try {
      await expectMove('deleted with its favorite', { [now]: -1 }, () => raw.prepare('DELETE FROM referrals WHERE id = ?').run(id));
      expect(raw.prepare('SELECT count(*) AS n FROM favorites WHERE referral_id = ?').get(id)).toEqual({ n: 0 });
    } finally {
      raw.pragma('foreign_keys = OFF');
      raw.exec('DROP TABLE temp.kept_deal');
    }
  });

  it('filtered counts (search, type, dates, expiry) equal the totals of the lists with the same filters', async () => {
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const cases = [
      { search: 'migration' },
      { dealType: 'coSell' as const, closeFrom: '2025-01-01T00:00:00.000Z' },
      { customer: 'wood', closeTo: '2027-06-30T00:00:00.000Z' },
      { expiresBefore: soon },
      { search: 'migration', expiresBefore: soon },
      { search: 'zz-no-such-deal' },
    ];
    for (const f of cases) {
      const counts = await t.call('referrals:counts', f);
      for (const tab of ['inbound', 'outbound', 'favorites'] as const) {
        expect(counts[tab].total, `${JSON.stringify(f)} ${tab}`).toBe((await t.call('referrals:list', { tab, ...f })).total);
        for (const stage of ['received', 'accepted', 'archived'] as const) {
          expect(counts[tab][stage], `${JSON.stringify(f)} ${tab}/${stage}`).toBe(
            (await t.call('referrals:list', { tab, stages: [stage], ...f })).total,
          );
        }
      }
    }
    // Only Received inbound referrals can expire; some of the demo's do within 5 days, and fewer than all of them.
    const expiring = await t.call('referrals:counts', { expiresBefore: soon });
    const all = await t.call('referrals:counts', {});
    expect(expiring.inbound.received).toBeGreaterThan(0);
    expect(expiring.inbound.received).toBeLessThan(all.inbound.received);
    expect(expiring.inbound.total).toBe(expiring.inbound.received);
    expect(expiring.outbound.total).toBe(0);
    expect((await t.call('referrals:counts', { search: 'zz-no-such-deal' })).inbound.total).toBe(0);
    // A tab is the list's business: counts refuse it (strict input) rather than ignore it.
    const withTab = JSON.parse('{"tab":"inbound"}') as ChannelInput<'referrals:counts'>;
    expect(await t.fail('referrals:counts', withTab)).toMatchObject({ code: 'BAD_INPUT' });
  });

  it('counts under type, date and expiry filters read one covering index range per tab and stage, never every deal', () => {
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString();
    for (const f of [
      { expiresBefore: soon },
      { dealType: 'coSell' as const },
      { closeFrom: '2025-01-01T00:00:00.000Z', closeTo: '2027-06-30T00:00:00.000Z' },
      { dealType: 'privatePipeline' as const, expiresBefore: soon },
    ]) {
      const { byTab } = buildFilteredCountsSql(f);
      const plan = (
        t
          .raw()
          .prepare(`EXPLAIN QUERY PLAN ${byTab.sql}`)
          .all(...byTab.params) as { detail: string }[]
      ).map((p) => p.detail);
      const reads = plan.filter((d) => / r\b/.test(d));
      expect(reads, JSON.stringify(f)).toEqual([expect.stringMatching(/^SEARCH r USING COVERING INDEX \w+ \(direction=\?/)]);
    }
  });

  it('counts with words walk covering indexes against the hits once, never a deal looked up per hit or per favorite', () => {
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString();
    for (const f of [
      { search: 'migration' },
      { customer: 'wood' },
      { search: 'migration', expiresBefore: soon, dealType: 'coSell' as const },
    ]) {
      const { byTab, favorites } = buildFilteredCountsSql(f);
      for (const s of [byTab, favorites]) {
        const plan = (
          t
            .raw()
            .prepare(`EXPLAIN QUERY PLAN ${s.sql}`)
            .all(...s.params) as { detail: string }[]
        ).map((p) => p.detail);
        const reads = plan.filter((d) => / r\b/.test(d));
        expect(reads.length, JSON.stringify(f)).toBeGreaterThan(0);
        for (const read of reads) expect(read, JSON.stringify(f)).toMatch(/ r USING COVERING INDEX /);
      }
    }
  });

  it('expiresBefore lists only referrals expiring before it, soonest first', async () => {
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const page = await t.call('referrals:list', {
      tab: 'inbound',
      expiresBefore: soon,
      sort: { column: 'expirationDateTime', direction: 'asc' },
      limit: 500,
    });
    expect(page.items.length).toBeGreaterThan(0);
    const expiries = page.items.map((r) => r.expirationDateTime ?? '');
    expect(expiries.every((e) => e !== '' && e < soon)).toBe(true);
    expect([...expiries].sort()).toEqual(expiries);
  });

  it('get returns the deal with its stage, type, favorite, sync state and history; an unknown id is NOT_FOUND', async () => {
    const row = (await t.call('referrals:list', { tab: 'favorites', limit: 1 })).items[0]!;
    const d = await t.call('referrals:get', { id: row.id });
    expect(d).toMatchObject({ favorite: true, syncState: 'synced', pendingChanges: 0, stage: row.stage, dealType: row.dealType });
    expect(d.referral.id).toBe(row.id);
    expect(await t.fail('referrals:get', { id: 'nope' })).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/No deal with id "nope" exists on this computer/),
    });
  });
});
