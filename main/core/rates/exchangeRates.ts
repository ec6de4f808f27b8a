import { existsSync, readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { exchangeRateTableSchema, type ExchangeRateTable } from '../../../shared/domain';
import { shippedRates } from './shippedRates';

/** The file IT drops beside policy.json to replace the shipped rates (docs/it-deployment.md). */
export const RATES_FILE_NAME = 'exchange-rates.json';
const RATES_META_KEY = 'exchangeRates';

export type RatesInUse = { date: string; source: string };

/**
 * The rates to use: IT's file when there is one and it is valid (it wins even when older: IT may want their
 * treasury's month-end table), else the shipped table. `problems`: sentences for IT, logged at start.
 */
export function chooseRates(file: string | null): { table: ExchangeRateTable; problems: string[] } {
  if (!file || !existsSync(file)) return { table: shippedRates, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { table: shippedRates, problems: [`${file} could not be read (${why}); the rates shipped with the app are used.`] };
  }
  const parsed = exchangeRateTableSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      table: shippedRates,
      problems: [
        `${file}: ${issue?.message ?? 'not a rate table'} at "${issue?.path.join('.') ?? ''}"; the rates shipped with the app are used.`,
      ],
    };
  }
  return { table: { ...parsed.data, source: parsed.data.source || RATES_FILE_NAME }, problems: [] };
}

/**
 * The SQL for a row's value in US cents, from its value in minor units and its currency (both SQL expressions):
 * -1 for a currency the rates do not know. Every write of a `referrals` row computes its column with it.
 */
export const valueUsdSql = (valueMinor: string, currency: string): string =>
  `ifnull((SELECT CAST(round(${valueMinor} / x.per_usd) AS INTEGER) FROM exchange_rates x WHERE x.currency = ${currency}), -1)`;

/**
 * Makes `table` the store's rates. When they differ from the ones in use, every deal's equivalent is recomputed
 * in the same transaction (one statement; about a second for 50,000 deals). Returns whether anything changed.
 */
export function applyExchangeRates(db: Database, table: ExchangeRateTable): boolean {
  const stamp = JSON.stringify({ date: table.date, source: table.source, perUsd: table.perUsd });
  const current = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(RATES_META_KEY);
  if (current?.value === stamp) return false;
  db.transaction(() => {
    db.prepare('DELETE FROM exchange_rates').run();
    const insert = db.prepare<[string, number]>('INSERT INTO exchange_rates (currency, per_usd) VALUES (?, ?)');
    // A dollar is a dollar whatever a table says.
    for (const [currency, perUsd] of Object.entries({ ...table.perUsd, USD: 1 })) insert.run(currency, perUsd);
    db.exec(`UPDATE referrals SET value_usd_minor = ${valueUsdSql('referrals.deal_value_minor', 'referrals.currency')}`);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
      RATES_META_KEY,
      stamp,
    );
  }).immediate();
  return true;
}

/** The date and source of the rates in use, or null before any were applied. */
export function ratesInUse(db: Database): RatesInUse | null {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(RATES_META_KEY);
  if (!row) return null;
  const { date, source } = JSON.parse(row.value) as RatesInUse;
  return { date, source };
}
