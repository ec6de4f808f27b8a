import { describe, expect, it } from 'vitest';
import { isoDateTimeSchema, moneySchema, moneyToMinor } from './primitives';

const messageOf = (value: unknown) => {
  const r = isoDateTimeSchema.safeParse(value);
  return r.success ? null : r.error.issues[0]?.message;
};

describe('isoDateTimeSchema', () => {
  it('takes UTC and offset times from 1900 to 2199', () => {
    for (const ok of ['2026-11-24T10:00:00Z', '2026-11-24T10:00:00.000+05:30', '1900-01-01T00:00:00Z', '2199-12-31T23:59:59.999Z']) {
      expect(messageOf(ok), ok).toBeNull();
    }
  });

  it('refuses far dates that would sort out of order once stored as UTC, with a range a person can act on', () => {
    // 9999-12-31T23:59:59.999-23:59 is 10000-01-01 in UTC: stored as "+010000-…" it would sort before 2026.
    for (const far of ['9999-12-31T23:59:59.999-23:59', '2200-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '0001-01-01T00:00:00Z']) {
      expect(messageOf(far), far).toBe('Enter a date between the years 1900 and 2199');
    }
    // The bound is on the instant: 2199-12-31 late in the evening west of Greenwich is already 2200 in UTC.
    expect(messageOf('2199-12-31T23:00:00-05:00')).toBe('Enter a date between the years 1900 and 2199');
  });

  it('says a text that is no date is not one', () => {
    expect(messageOf('soon')).toBe('Enter a valid date and time');
    expect(messageOf('2026-11-24')).toBe('Enter a valid date and time');
  });
});

describe('money', () => {
  it('keeps amounts as decimal strings and converts them to minor units without floating point', () => {
    expect(moneySchema.parse(' 25000.5 ')).toBe('25000.5');
    expect(moneyToMinor('25000.5')).toBe(2_500_050);
    expect(moneyToMinor('0.07')).toBe(7);
    expect(moneySchema.safeParse('1.234').success).toBe(false);
  });
});
