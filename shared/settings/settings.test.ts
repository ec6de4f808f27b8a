import { inEnglish } from '../i18n';
import { describe, expect, it } from 'vitest';
import { defaultSettings, PLAIN_HTTP_SERVICE_MESSAGE, settingsSchema } from './settings';

describe('settings', () => {
  it('defaults follow SPEC F5: 3 days, 1 day, 4 hours; offline until a service is set', () => {
    expect(defaultSettings.notifications.thresholdsHours).toEqual([72, 24, 4]);
    expect(defaultSettings.serviceUrl).toBe('');
    expect(defaultSettings.closeToTray).toBe(true);
  });

  it('refuses bad values with a sentence at the field', () => {
    const r = settingsSchema.safeParse({
      serviceUrl: 'ftp://x',
      theme: 'pink',
      notifications: { thresholdsHours: [0], quietHours: { start: '25:00', end: '07:00' } },
    });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), inEnglish(i.message)]));
    expect(byPath).toMatchObject({
      serviceUrl: 'Enter the service address as http(s)://host, or leave it empty to work offline',
      theme: 'Choose system, light or dark',
      'notifications.thresholdsHours.0': 'A threshold is at least 1 hour',
      'notifications.quietHours.start': 'Use a 24-hour time like 22:00',
    });
  });

  it('sends the token over plain http only to this computer', () => {
    const serviceUrl = (v: string) => settingsSchema.safeParse({ serviceUrl: v }).error?.issues.map((i) => i.message) ?? [];
    for (const ok of [
      'https://api.partnercenter.microsoft.com',
      'http://127.0.0.1:8080',
      'http://localhost:3000',
      'http://[::1]:9000',
      '',
    ]) {
      expect(serviceUrl(ok), ok).toEqual([]);
    }
    for (const bad of [
      'http://api.partnercenter.microsoft.com',
      'http://10.0.0.5:8080',
      'http://127.0.0.1.evil.example',
      'http://127.0.0.1@evil.example',
    ]) {
      expect(serviceUrl(bad), bad).toEqual([PLAIN_HTTP_SERVICE_MESSAGE]);
    }
  });

  it('refuses unknown keys rather than silently keeping them', () => {
    expect(settingsSchema.safeParse({ colour: 'red' }).success).toBe(false);
  });
});
