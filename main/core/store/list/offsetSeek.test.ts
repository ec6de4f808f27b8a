import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listQuerySchema,
  sortColumnSchema,
  type ListPage,
  type ListQuery,
  type ParsedListQuery,
  type SortColumn,
} from '../../../../shared/ipc';
import { newDeal } from '../../testing/fixtures';
import { tempWorkspace, type TestWorkspace } from '../../testing/tempWorkspace';
import { buildListSql, type ListRowRecord } from './listSql';
import { planSeek, type Anchor } from './seekPlan';
import { usdMinorOf } from '../../../../shared/domain';
import { shippedRates } from '../../rates/shippedRates';

let t: TestWorkspace;
beforeAll(async () => {
  t = tempWorkspace({ demoCount: 600, seed: 11 });
  // Ties: three names equal under the list's case-insensitive sort, same value and close date, across two stages.
  for (const name of ['tie deal', 'TIE deal', 'Tie Deal']) {
    const d = await t.call('referrals:create', {
      deal: newDeal({ name, dealValue: '1000', customer: { ...newDeal().customer, name: 'Tied Customer' } }),
    });
    if (name === 'TIE deal') await t.call('referrals:act', { id: d.referral.id, action: { type: 'lose', reason: 'NotACustomer' } });
  }
});
afterAll(() => t.close());

type Raw = Omit<ListRowRecord, 'sort_key'> & { deal_value_minor: number; stage_rank: number };
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
/** The full ordered list, computed in JS from every row the filter keeps (no SQL ordering involved). */
function fullOrder(where: string, column: SortColumn, direction: 'asc' | 'desc'): string[] {
  const rows = t.raw().prepare(`SELECT * FROM referrals r WHERE ${where}`).all() as Raw[];
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  const sign = direction === 'asc' ? 1 : -1;
  return rows.sort((a, b) => sign * (cmp(keyOf[column](a), keyOf[column](b)) || cmp(a.id, b.id))).map((r) => r.id);
}

/** One page by row number through the raw SQL, with the plan forced (few matches: total 0; many: 1,000,000). */
function pageAt(q: ParsedListQuery, offset: number, total: number, anchors: Anchor[], planTotal: number): string[] {
  const seek = planSeek(offset, q.limit, total, anchors);
  const s = buildListSql(q, seek, { total: planTotal });
  const rows = t
    .raw()
    .prepare(s.sql)
    .all(...s.params) as ListRowRecord[];
  if (seek.backward) rows.reverse();
  if (rows.length > 0) anchors.push({ pos: offset, value: rows[0]!.sort_key, id: rows[0]!.id });
  anchors.sort((a, b) => a.pos - b.pos);
  return rows.map((r) => r.id);
}

const cases: { label: string; query: ListQuery; where: string }[] = [
  { label: 'inbound, every stage', query: { tab: 'inbound' }, where: "r.direction = 'inbound'" },
  {
    label: 'outbound accepted + archived, co-sell',
    query: { tab: 'outbound', stages: ['accepted', 'archived'], dealType: 'coSell' },
    where: "r.direction = 'outbound' AND r.stage IN ('accepted', 'archived') AND r.deal_type = 'coSell'",
  },
  {
    label: 'outbound closing from 2026-06-01',
    query: { tab: 'outbound', closeFrom: '2026-06-01T00:00:00.000Z' },
    where: "r.direction = 'outbound' AND r.closing_date >= '2026-06-01T00:00:00.000Z'",
  },
  { label: 'favorites', query: { tab: 'favorites' }, where: 'r.id IN (SELECT referral_id FROM favorites)' },
];

describe('offset seek: the page at any row number is that slice of the full order', () => {
  for (const c of cases) {
    it(`${c.label}: every sort column both ways, both plans, jumps in any order, ties included`, () => {
      for (const column of sortColumnSchema.options) {
        for (const direction of ['asc', 'desc'] as const) {
          const expected = fullOrder(c.where, column, direction);
          const n = expected.length;
          const q = listQuerySchema.parse({ ...c.query, sort: { column, direction }, limit: 23 });
          // Far jumps first (no known rows), then pages next to known ones, both sides, and the very end.
          const offsets = [
            Math.floor(n * 0.6),
            0,
            n - 1,
            Math.floor(n * 0.3),
            Math.floor(n * 0.6) + 23,
            Math.floor(n * 0.6) - 23,
            n - 23,
            5,
          ];
          for (const planTotal of [0, 1_000_000]) {
            const anchors: Anchor[] = [];
            for (const o of offsets.filter((x) => x >= 0 && x < n)) {
              expect(pageAt(q, o, n, anchors, planTotal), `${column} ${direction} @${o} plan ${planTotal}`).toEqual(
                expected.slice(o, o + 23),
              );
            }
          }
        }
      }
    });
  }

  it('the tie of three equal names keeps one order whichever way a page is reached', () => {
    const q = listQuerySchema.parse({ tab: 'outbound', customer: 'tied', sort: { column: 'name', direction: 'asc' }, limit: 1 });
    const expected = fullOrder("r.customer_name = 'Tied Customer'", 'name', 'asc');
    expect(expected).toHaveLength(3);
    for (const planTotal of [0, 1_000_000]) {
      const anchors: Anchor[] = [];
      expect([2, 0, 1].map((o) => pageAt(q, o, 3, anchors, planTotal)[0])).toEqual([expected[2], expected[0], expected[1]]);
    }
  });
});

describe('referrals:list by offset', () => {
  it('pages by row number agree with the keyset pages, and a row past the end gives the total and no rows', async () => {
    const sort = { column: 'customerName', direction: 'desc' } as const;
    const keyset: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ListPage = await t.call('referrals:list', { tab: 'inbound', sort, limit: 50, cursor });
      keyset.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    for (const offset of [200, 17, keyset.length - 3, 100, 150]) {
      const page = await t.call('referrals:list', { tab: 'inbound', sort, limit: 50, offset });
      expect(page.items.map((r) => r.id)).toEqual(keyset.slice(offset, offset + 50));
      expect(page.total).toBe(keyset.length);
      expect(page.nextCursor === null).toBe(offset + 50 >= keyset.length);
    }
    expect(await t.call('referrals:list', { tab: 'inbound', sort, offset: keyset.length + 5 })).toEqual({
      items: [],
      nextCursor: null,
      total: keyset.length,
      rates: { date: shippedRates.date, source: shippedRates.source },
    });
  });

  it('positions stay right when a change moves rows: nothing is served from positions known before it', async () => {
    const q: ListQuery = { tab: 'inbound', stages: ['received'], sort: { column: 'name', direction: 'asc' }, limit: 10 };
    const before = await t.call('referrals:list', { ...q, offset: 40 });
    await t.call('referrals:list', { ...q, offset: 50 });
    // The first received deal leaves the list (accepted): every later row moves up by one.
    const first = (await t.call('referrals:list', q)).items[0]!;
    await t.call('referrals:act', { id: first.id, action: { type: 'accept' } });
    const after = await t.call('referrals:list', { ...q, offset: 39 });
    expect(after.total).toBe(before.total - 1);
    expect(after.items.map((r) => r.id)).toEqual(before.items.map((r) => r.id));
    expect((await t.call('referrals:list', { ...q, offset: 49 })).items[0]!.id).toBe(
      fullOrder("r.direction = 'inbound' AND r.stage = 'received'", 'name', 'asc')[49],
    );
  });

  it('refuses an offset with a cursor, a negative or fractional offset, and one past the bound, in words', async () => {
    const first = await t.call('referrals:list', { tab: 'inbound', limit: 5 });
    expect(await t.fail('referrals:list', { tab: 'inbound', offset: 5, cursor: first.nextCursor })).toMatchObject({
      code: 'BAD_INPUT',
      fields: { offset: 'errors:list.cursorOrOffset' },
    });
    expect((await t.fail('referrals:list', { tab: 'inbound', offset: -1 })).fields).toEqual({ offset: 'errors:list.offsetNegative' });
    expect((await t.fail('referrals:list', { tab: 'inbound', offset: 1.5 })).fields).toEqual({
      offset: 'errors:list.offsetWhole',
    });
    expect((await t.fail('referrals:list', { tab: 'inbound', offset: 10_000_001 })).fields).toEqual({
      offset: 'errors:list.offsetMax|{"max":10000000}',
    });
  });
});
