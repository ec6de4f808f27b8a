import { z } from 'zod';

/**
 * Exchange rates for comparing deals in different currencies (sorting by value, the equivalent shown beside a
 * deal's own amount). US dollars are the common currency, as in Partner Center's own insights. `perUsd` is how
 * many units of each currency one US dollar buys on `date`.
 */
export const EQUIVALENT_CURRENCY = 'USD';

export const exchangeRateTableSchema = z
  .object({
    date: z.iso.date({ error: 'date must be the day the rates are of, like 2026-11-30' }),
    base: z.literal(EQUIVALENT_CURRENCY, { error: 'base must be "USD": rates are units of each currency per US dollar' }),
    perUsd: z.record(
      z.string().regex(/^[A-Z]{3}$/, 'Currency codes are 3 capital letters (ISO 4217), like EUR'),
      z.number({ error: 'A rate is a number' }).positive('A rate must be more than 0'),
    ),
    /** Where the rates come from, in a few words ("shipped with the app", "Contoso treasury"). */
    source: z.string().max(200).default(''),
  })
  .strict();
export type ExchangeRateTable = z.output<typeof exchangeRateTableSchema>;

/** The value's equivalent in US cents, or null for a currency the table does not know. */
export function usdMinorOf(valueMinor: number, currency: string, table: Pick<ExchangeRateTable, 'perUsd'>): number | null {
  if (currency === EQUIVALENT_CURRENCY) return valueMinor;
  const rate = table.perUsd[currency];
  return rate === undefined ? null : Math.round(valueMinor / rate);
}

/** US cents as the decimal string money travels as ("1812000.50"). */
export function minorToMoney(minor: number): string {
  const whole = Math.trunc(minor / 100);
  const cents = Math.abs(minor % 100);
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
}
