import { describe, expect, it } from 'vitest';
import { normalizeAmount } from './amountInput';

describe('amounts typed with the locale’s separators', () => {
  it('English: commas group thousands, a point marks the cents', () => {
    expect(normalizeAmount('250,000', 'en-US')).toBe('250000');
    expect(normalizeAmount(' 1,250,000.50 ', 'en-US')).toBe('1250000.50');
    expect(normalizeAmount('250000.5', 'en-US')).toBe('250000.5');
    expect(normalizeAmount('-250,000', 'en-US')).toBe('-250000');
  });

  it('Russian: spaces (typed, or the no-break spaces the list shows) group thousands, a comma marks the kopecks', () => {
    expect(normalizeAmount('250 000', 'ru-RU')).toBe('250000');
    expect(normalizeAmount('250\u00a0000,50', 'ru-RU')).toBe('250000.50');
    expect(normalizeAmount('1\u202f250\u202f000', 'ru-RU')).toBe('1250000');
    expect(normalizeAmount('99,9', 'ru-RU')).toBe('99.9');
  });

  it('leaves what is not a well-grouped amount as typed, for the schema to refuse', () => {
    expect(normalizeAmount('12,5', 'en-US')).toBe('12,5');
    expect(normalizeAmount('25,00,000', 'en-US')).toBe('25,00,000');
    expect(normalizeAmount('250,000', 'ru-RU')).toBe('250.000');
    expect(normalizeAmount('abc', 'en-US')).toBe('abc');
  });
});
