import { createI18n, inEnglish, sayMessage, type Translate } from '../i18n';
import { describe, expect, it } from 'vitest';
import { isPastCloseDate, localDateOf } from './closeDate';
import { isoDateTimeSchema, moneySchema, moneyToMinor, positiveMoneySchema } from './primitives';

const messageOf = (value: unknown) => {
  const r = isoDateTimeSchema.safeParse(value);
  return r.success ? null : inEnglish(r.error.issues[0]?.message ?? '');
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

describe('an amount a seller types', () => {
  const message = (value: unknown) => positiveMoneySchema('dealValue').safeParse(value).error?.issues[0]?.message;
  const first = (value: unknown) => {
    const m = message(value);
    return m === undefined ? null : inEnglish(m);
  };

  it('must be more than 0: zero and negatives get those words, not the format message', () => {
    for (const bad of ['0', '0.00', '-5', '-250000.50', ' -1']) expect(first(bad), bad).toBe('Estimated value must be more than 0');
    expect(first('12,5')).toBe('Enter an amount like 25000 or 25000.50 (no more than 2 decimals)');
    expect(first('0.01')).toBeNull();
    expect(first(' 250000 ')).toBeNull();
  });

  it('says the same in Russian: the message is a key with the field name as a param', () => {
    const ru = createI18n({ language: 'ru' }).getFixedT('ru') as unknown as Translate;
    expect(sayMessage(ru, message('-5') ?? '')).toBe('«Ожидаемая сумма»: сумма должна быть больше 0');
    expect(sayMessage(ru, message('12,5') ?? '')).toBe('Введите сумму вида 25000 или 25000.50 (не больше двух знаков после точки)');
  });
});

describe('close dates', () => {
  it('are in the past when their calendar date is before today', () => {
    expect(isPastCloseDate('2026-12-01T00:00:00.000Z', '2026-12-02')).toBe(true);
    expect(isPastCloseDate('2026-12-02T00:00:00.000Z', '2026-12-02')).toBe(false);
    expect(isPastCloseDate('2024-12-02T00:00:00.000Z', '2026-12-02')).toBe(true);
    expect(localDateOf(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
