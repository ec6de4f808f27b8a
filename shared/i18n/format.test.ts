import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../domain/derive';
import { createFormatter } from './format';
import { intlLocale, resolveLanguage } from './languages';

describe('the formatter', () => {
  const en = createFormatter('en-US');
  const ru = createFormatter('ru');

  it('writes money in the chosen locale, in the deal currency', () => {
    expect(en.money('25000.5', 'USD')).toBe('$25,000.50');
    expect(ru.money('25000.5', 'USD')).toBe('25\u00a0000,50\u00a0$');
    expect(ru.money('1200', 'RUB')).toBe('1\u00a0200,00\u00a0₽');
    expect(ru.money('abc', 'USD')).toBe('abc USD');
  });

  it('writes shares, whole totals and chart axes for Insights in the chosen locale', () => {
    expect(en.percent(0.456)).toBe('46%');
    expect(ru.percent(0.456)).toBe('46\u00a0%');
    expect(en.wholeMoney('48000.4', 'EUR')).toBe('€48,000');
    expect(ru.wholeMoney('48000.4', 'EUR')).toBe('48\u00a0000\u00a0€');
    expect(en.compact(48_000)).toBe('48K');
    expect(ru.compact(1_200_000)).toBe('1,2\u00a0млн');
  });

  it('writes close dates as their UTC calendar date', () => {
    expect(en.closeDate('2026-06-30T00:00:00.000Z')).toBe('Jun 30, 2026');
    expect(ru.closeDate('2026-06-30T00:00:00.000Z')).toBe('30 июн. 2026 г.');
  });

  it('writes durations narrow for countdowns and long for notifications', () => {
    const ms = 2 * DAY_MS + 4 * HOUR_MS + 30 * MINUTE_MS;
    expect(en.duration(ms)).toBe('2d 4h');
    expect(ru.duration(ms)).toBe('2 д. 4 ч');
    expect(en.duration(ms, 'long')).toBe('2 days 4 hours');
    expect(ru.duration(ms, 'long')).toBe('2 дня 4 часа');
    expect(ru.duration(5 * DAY_MS, 'long')).toBe('5 дней');
    expect(ru.duration(21 * MINUTE_MS, 'long')).toBe('21 минута');
    expect(en.duration(10_000)).toBe('1m');
  });
});

describe('the language', () => {
  it('follows the system unless one is chosen', () => {
    expect(resolveLanguage('system', ['ru-RU', 'en-US'])).toBe('ru');
    expect(resolveLanguage('system', ['de-DE', 'en-GB'])).toBe('en');
    expect(resolveLanguage('system', ['de-DE'])).toBe('en');
    expect(resolveLanguage('ru', ['en-US'])).toBe('ru');
    expect(resolveLanguage('en', ['ru-RU'])).toBe('en');
  });

  it("keeps the system's regional variant for dates and numbers", () => {
    expect(intlLocale('en', ['en-GB'])).toBe('en-GB');
    expect(intlLocale('ru', ['en-GB'])).toBe('ru');
    expect(intlLocale('ru', ['ru_RU'])).toBe('ru-RU');
  });
});
