import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newDeal } from '../testing/fixtures';
import { tempWorkspace, type TestWorkspace } from '../testing/tempWorkspace';
import { chooseRates, RATES_FILE_NAME } from './exchangeRates';
import { shippedRates } from './shippedRates';

let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace({ demoCount: 0 });
});
afterEach(() => t.close());

/** The example: yen and rupee amounts with many digits are worth less than they look. */
const deals = [
  { name: 'Yen deal', dealValue: '265876000', currency: 'JPY' },
  { name: 'Rupee deal', dealValue: '207447000', currency: 'INR' },
  { name: 'Dollar deal', dealValue: '2000000', currency: 'USD' },
  { name: 'Euro deal', dealValue: '100000', currency: 'EUR' },
  { name: 'Franc CFA deal', dealValue: '900000000', currency: 'XAF' },
];

async function byValue(direction: 'asc' | 'desc') {
  const page = await t.call('referrals:list', { tab: 'outbound', sort: { column: 'dealValue', direction } });
  return page;
}

describe('sorting by value compares deals in US dollars', () => {
  beforeEach(async () => {
    for (const d of deals) await t.call('referrals:create', { deal: newDeal(d) });
  });

  it('orders by the equivalent, not by the digits; a currency the rates do not know comes last', async () => {
    const desc = await byValue('desc');
    expect(desc.items.map((r) => r.name)).toEqual(['Rupee deal', 'Dollar deal', 'Yen deal', 'Euro deal', 'Franc CFA deal']);
    expect(desc.items.map((r) => r.valueUsd)).toEqual(['2323034.71', '2000000', '1706521.18', '115606.94', null]);
    expect(desc.rates).toEqual({ date: shippedRates.date, source: 'shipped with the app' });
    expect((await byValue('asc')).items.map((r) => r.name)).toEqual([
      'Franc CFA deal',
      'Euro deal',
      'Yen deal',
      'Dollar deal',
      'Rupee deal',
    ]);
  });

  it('the detail shows the equivalent with the date of its rates; a dollar deal needs none', async () => {
    const { items } = await byValue('desc');
    const idOf = (name: string) => items.find((r) => r.name === name)!.id;
    const yen = await t.call('referrals:get', { id: idOf('Yen deal') });
    expect(yen.valueEquivalent).toEqual({
      amount: '1706521.18',
      currency: 'USD',
      rates: { date: '2026-11-30', source: 'shipped with the app' },
    });
    expect((await t.call('referrals:get', { id: idOf('Dollar deal') })).valueEquivalent).toBeNull();
    expect((await t.call('referrals:get', { id: idOf('Franc CFA deal') })).valueEquivalent).toBeNull();
  });

  it("IT's newer table re-prices every deal when the app opens, and an edit of currency re-prices that deal", async () => {
    t.reopen({ exchangeRates: { date: '2026-12-31', base: 'USD', source: 'Contoso treasury', perUsd: { JPY: 100, INR: 100, EUR: 1 } } });
    const page = await byValue('desc');
    expect(page.items.map((r) => r.name)).toEqual(['Yen deal', 'Rupee deal', 'Dollar deal', 'Euro deal', 'Franc CFA deal']);
    expect(page.rates).toEqual({ date: '2026-12-31', source: 'Contoso treasury' });
    const euro = page.items.find((r) => r.name === 'Euro deal')!;
    await t.call('referrals:act', { id: euro.id, action: { type: 'edit', edits: { currency: 'JPY' } } });
    expect((await byValue('desc')).items.find((r) => r.id === euro.id)?.valueUsd).toBe('1000');
  });

  it('the value sort reads its own index (pages stay one ordered range)', () => {
    const plan = t
      .raw()
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM referrals r WHERE r.direction = 'outbound' ORDER BY r.value_usd_minor DESC, r.id DESC LIMIT 100",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toContain('USING COVERING INDEX referrals_seek_value');
  });
});

describe("IT's exchange-rates.json", () => {
  it('a valid file wins; a broken one is ignored with a sentence for IT and the shipped rates stay', () => {
    const file = join(t.dir, RATES_FILE_NAME);
    expect(chooseRates(file)).toEqual({ table: shippedRates, problems: [] });
    writeFileSync(file, JSON.stringify({ date: '2027-01-31', base: 'USD', perUsd: { EUR: 0.9 } }));
    expect(chooseRates(file)).toEqual({
      table: { date: '2027-01-31', base: 'USD', perUsd: { EUR: 0.9 }, source: RATES_FILE_NAME },
      problems: [],
    });
    writeFileSync(file, JSON.stringify({ date: '2027-01-31', base: 'USD', perUsd: { EUR: -1 } }));
    expect(chooseRates(file).table).toBe(shippedRates);
    expect(chooseRates(file).problems[0]).toMatch(/A rate must be more than 0 at "perUsd.EUR"; the rates shipped with the app are used/);
    writeFileSync(file, '{ not json');
    expect(chooseRates(file).problems[0]).toMatch(/could not be read/);
  });
});
