import { describe, expect, it } from 'vitest';
import { formatCloseDate, fromDateInput, toDateInput } from './dates';
import { formatMoney } from './money';
import { i18n } from '../i18n/i18n';
import { formatChangeValue } from './values';

describe('formatMoney', () => {
  it('formats the decimal string with the deal currency', () => {
    expect(formatMoney('25000.5', 'USD', 'en-US')).toBe('$25,000.50');
    expect(formatMoney('1200', 'EUR', 'en-US')).toBe('€1,200.00');
    expect(formatMoney('1200', 'JPY', 'en-US')).toBe('¥1,200');
  });

  it('falls back to the raw text for an unknown currency or a malformed amount', () => {
    expect(formatMoney('100', 'XX', 'en-US')).toBe('100 XX');
    expect(formatMoney('abc', 'USD', 'en-US')).toBe('abc USD');
    expect(formatMoney('', 'USD', 'en-US')).toBe('USD');
  });
});

describe('dates', () => {
  it('shows a close date as its UTC calendar date', () => {
    expect(formatCloseDate('2026-06-30T00:00:00.000Z', 'en-US')).toBe('Jun 30, 2026');
    expect(formatCloseDate('nonsense', 'en-US')).toBe('nonsense');
  });

  it('round-trips date inputs through UTC midnight', () => {
    expect(toDateInput('2026-06-30T00:00:00.000Z')).toBe('2026-06-30');
    expect(fromDateInput('2026-06-30')).toBe('2026-06-30T00:00:00.000Z');
    expect(fromDateInput('')).toBe('');
  });
});

describe('values', () => {
  it('describes history values in a few words', () => {
    expect(formatChangeValue(i18n.t, undefined)).toBe('—');
    expect(formatChangeValue(i18n.t, 'Active')).toBe('Active');
    expect(formatChangeValue(i18n.t, true)).toBe('Yes');
    expect(formatChangeValue(i18n.t, [1, 2])).toBe('2 items');
    expect(formatChangeValue(i18n.t, { a: 1 })).toBe('{"a":1}');
  });

  it('says them in Russian, with Russian plurals', () => {
    const ru = i18n.getFixedT('ru');
    expect(formatChangeValue(ru, false)).toBe('Нет');
    expect(formatChangeValue(ru, [1, 2, 3, 4, 5])).toBe('5 элементов');
  });
});
