import { z } from 'zod';

const MONEY_PATTERN = /^\d{1,13}(\.\d{1,2})?$/;
const MONEY_MESSAGE = 'Enter an amount like 25000 or 25000.50 (no more than 2 decimals)';

/** Money is a decimal string with at most 2 decimals, never a float. What the service sends may be 0. */
export const moneySchema = z.string({ error: 'Enter an amount' }).trim().regex(MONEY_PATTERN, MONEY_MESSAGE);

/**
 * An amount a seller types for a deal (SPEC F3): money more than 0. A negative amount gets the same words as
 * zero ("must be more than 0"), not the format message: the format was fine, the number was not.
 */
export const positiveMoneySchema = (label: string) =>
  z
    .string({ error: 'Enter an amount' })
    .trim()
    .refine((v) => !/^-\s*\d/.test(v), `${label} must be more than 0`)
    .refine((v) => /^-\s*\d/.test(v) || MONEY_PATTERN.test(v), MONEY_MESSAGE)
    .refine((v) => !MONEY_PATTERN.test(v) || moneyToMinor(v) > 0, `${label} must be more than 0`);

export const currencySchema = z
  .string({ error: 'Choose a currency' })
  .regex(/^[A-Z]{3}$/, 'Use a 3-letter ISO 4217 currency code such as USD or EUR');

export const countrySchema = z
  .string({ error: 'Choose a country' })
  .regex(/^[A-Z]{2}$/, 'Use a 2-letter ISO country code such as US or DE');

const EARLIEST_MS = Date.UTC(1900, 0, 1);
const AFTER_LATEST_MS = Date.UTC(2200, 0, 1);

/**
 * ISO-8601 timestamp (with Z or an offset) in the years 1900–2199, counted in UTC. The store keeps every
 * time as UTC ISO text and sorts it as text: a far date such as 9999-12-31T23:59:59-23:59 would become
 * the six-digit year +010000 and sort before 2026, so dates outside the range are refused.
 */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: 'Enter a valid date and time' }).refine(
  (value) => {
    const ms = Date.parse(value);
    return ms >= EARLIEST_MS && ms < AFTER_LATEST_MS;
  },
  { error: 'Enter a date between the years 1900 and 2199' },
);

export const idSchema = z.string({ error: 'An id is required' }).min(1, 'An id is required').max(128, 'That id is too long');

export const emailSchema = z.email({ error: 'Enter an email address like name@example.com' });

export const phoneSchema = z
  .string({ error: 'Enter a phone number' })
  .trim()
  .regex(/^\+?[0-9 ()\-.]{6,24}$/, 'Enter a phone number of 6 to 24 digits, spaces or dashes');

export const shortText = (label: string, max = 200) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`);

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

/** Converts a money string to integer minor units (cents) without floating point. */
export function moneyToMinor(value: string): number {
  const [whole, frac = ''] = value.split('.');
  return Number(whole) * 100 + Number((frac + '00').slice(0, 2));
}
