import { describe, expect, it } from 'vitest';
import { expiryCountdown } from './expiry';

const now = Date.parse('2026-03-10T12:00:00.000Z');
const at = (ms: number) => new Date(now + ms).toISOString();
const H = 3600_000;

describe('expiryCountdown', () => {
  it('shows days and hours when more than a day is left', () => {
    expect(expiryCountdown(at(2 * 24 * H + 4 * H + 30 * 60_000), now)).toEqual({
      label: '2d 4h left',
      severity: 'warning',
      expired: false,
    });
  });

  it('is normal at 3 days or more, warning under 3 days, error under 1 day', () => {
    expect(expiryCountdown(at(3 * 24 * H), now).severity).toBe('normal');
    expect(expiryCountdown(at(10 * 24 * H), now)).toMatchObject({ label: '10d 0h left', severity: 'normal' });
    expect(expiryCountdown(at(3 * 24 * H - 1), now).severity).toBe('warning');
    expect(expiryCountdown(at(24 * H), now).severity).toBe('warning');
    expect(expiryCountdown(at(24 * H - 1), now).severity).toBe('error');
  });

  it('shows hours and minutes under a day, minutes under an hour', () => {
    expect(expiryCountdown(at(5 * H + 12 * 60_000), now).label).toBe('5h 12m left');
    expect(expiryCountdown(at(12 * 60_000 + 5_000), now).label).toBe('12m left');
    expect(expiryCountdown(at(10_000), now).label).toBe('1m left');
  });

  it('says Expired once the time has passed, exactly at the expiry too', () => {
    expect(expiryCountdown(at(0), now)).toEqual({ label: 'Expired', severity: 'error', expired: true });
    expect(expiryCountdown(at(-5 * H), now).label).toBe('Expired');
  });

  it('does not throw on a malformed timestamp', () => {
    expect(expiryCountdown('not a date', now)).toEqual({ label: 'Unknown expiry', severity: 'normal', expired: false });
  });
});
