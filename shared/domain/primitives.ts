import { z } from 'zod';
import { errorMessage, errorWords, type ErrorKey } from '../i18n/messageKey';

const MONEY_PATTERN = /^\d{1,13}(\.\d{1,2})?$/;
const MONEY_MESSAGE = errorMessage('amount.format');
const ENTER_AMOUNT = errorMessage('amount.enter');

/** Money is a decimal string with at most 2 decimals, never a float. What the service sends may be 0. */
export const moneySchema = z.string({ error: ENTER_AMOUNT }).trim().regex(MONEY_PATTERN, MONEY_MESSAGE);

/**
 * An amount a seller types for a deal (SPEC F3): money more than 0. A negative amount gets the same words as
 * zero ("must be more than 0"), not the format message: the format was fine, the number was not.
 */
export const positiveMoneySchema = (label: FieldLabel) => {
  const positive = errorMessage('amount.positive', { label: labelWords(label) });
  return z
    .string({ error: ENTER_AMOUNT })
    .trim()
    .refine((v) => !/^-\s*\d/.test(v), positive)
    .refine((v) => /^-\s*\d/.test(v) || MONEY_PATTERN.test(v), MONEY_MESSAGE)
    .refine((v) => !MONEY_PATTERN.test(v) || moneyToMinor(v) > 0, positive);
};

export const currencySchema = z.string({ error: errorMessage('currency.choose') }).regex(/^[A-Z]{3}$/, errorMessage('currency.format'));

export const countrySchema = z.string({ error: errorMessage('country.choose') }).regex(/^[A-Z]{2}$/, errorMessage('country.format'));

const EARLIEST_MS = Date.UTC(1900, 0, 1);
const AFTER_LATEST_MS = Date.UTC(2200, 0, 1);

/**
 * ISO-8601 timestamp (with Z or an offset) in the years 1900–2199, counted in UTC. The store keeps every
 * time as UTC ISO text and sorts it as text: a far date such as 9999-12-31T23:59:59-23:59 would become
 * the six-digit year +010000 and sort before 2026, so dates outside the range are refused.
 */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: errorMessage('date.invalid') }).refine(
  (value) => {
    const ms = Date.parse(value);
    return ms >= EARLIEST_MS && ms < AFTER_LATEST_MS;
  },
  { error: errorMessage('date.range') },
);

export const idSchema = z
  .string({ error: errorMessage('id.required') })
  .min(1, errorMessage('id.required'))
  .max(128, errorMessage('id.tooLong'));

export const emailSchema = z.email({ error: errorMessage('email.format') });

export const phoneSchema = z
  .string({ error: errorMessage('phone.enter') })
  .trim()
  .regex(/^\+?[0-9 ()\-.]{6,24}$/, errorMessage('phone.format'));

/** A field's name in messages: a `label.*` key of the `errors` namespace ('dealName' → "Deal name"). */
type LabelOf<K> = K extends `label.${infer L}` ? L : never;
export type FieldLabel = LabelOf<ErrorKey>;
const labelWords = (label: FieldLabel) => errorWords(`label.${label}`);

export const shortText = (label: FieldLabel, max = 200) =>
  z
    .string({ error: errorMessage('text.notText', { label: labelWords(label) }) })
    .trim()
    .max(max, errorMessage('text.tooLong', { label: labelWords(label), count: max }));

export const requiredText = (label: FieldLabel, max = 200) =>
  z
    .string({ error: errorMessage('text.required', { label: labelWords(label) }) })
    .trim()
    .min(1, errorMessage('text.required', { label: labelWords(label) }))
    .max(max, errorMessage('text.tooLong', { label: labelWords(label), count: max }));

/** Converts a money string to integer minor units (cents) without floating point. */
export function moneyToMinor(value: string): number {
  const [whole, frac = ''] = value.split('.');
  return Number(whole) * 100 + Number((frac + '00').slice(0, 2));
}
