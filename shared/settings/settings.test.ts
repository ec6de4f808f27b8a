import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from './settings';

describe('settings', () => {
  it('defaults follow SPEC F5: 3 days, 1 day, 4 hours; offline until a service is set', () => {
    expect(defaultSettings.notifications.thresholdsHours).toEqual([72, 24, 4]);
    expect(defaultSettings.serviceUrl).toBe('');
    expect(defaultSettings.closeToTray).toBe(true);
  });

  it('refuses bad values with a sentence at the field', () => {
    const r = settingsSchema.safeParse({ serviceUrl: 'ftp://x', theme: 'pink', notifications: { thresholdsHours: [0], quietHours: { start: '25:00', end: '07:00' } } });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toMatchObject({
      serviceUrl: 'Enter the service address as http(s)://host, or leave it empty to work offline',
      theme: 'Choose system, light or dark',
      'notifications.thresholdsHours.0': 'A threshold is at least 1 hour',
      'notifications.quietHours.start': 'Use a 24-hour time like 22:00',
    });
  });

  it('refuses unknown keys rather than silently keeping them', () => {
    expect(settingsSchema.safeParse({ colour: 'red' }).success).toBe(false);
  });
});
