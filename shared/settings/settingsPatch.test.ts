import { describe, expect, it } from 'vitest';
import { defaultSettings } from './settings';
import { applySettingsPatch, recoverSettings } from './settingsPatch';

describe('applySettingsPatch', () => {
  it('merges deeply: a missing field keeps its value, it is never reset to the default', () => {
    const current = { ...defaultSettings, theme: 'dark' as const, notifications: { ...defaultSettings.notifications, newInbound: false } };
    const r = applySettingsPatch(current, { notifications: { thresholdsHours: [48, 2] } });
    expect(r).toEqual({ ok: true, value: { ...current, notifications: { ...current.notifications, thresholdsHours: [48, 2] } } });
  });

  it('replaces arrays and quiet hours whole, and accepts null quiet hours', () => {
    const withQuiet = applySettingsPatch(defaultSettings, { notifications: { quietHours: { start: '22:00', end: '07:00' } } });
    expect(withQuiet.ok && withQuiet.value.notifications.quietHours).toEqual({ start: '22:00', end: '07:00' });
    if (!withQuiet.ok) return;
    const cleared = applySettingsPatch(withQuiet.value, { notifications: { quietHours: null } });
    expect(cleared.ok && cleared.value.notifications.quietHours).toBeNull();
  });

  it('refuses a bad value with the sentence at the field and leaves the current settings as they were', () => {
    const current = structuredClone(defaultSettings);
    const r = applySettingsPatch(current, { serviceUrl: 'ftp://nope', notifications: { thresholdsHours: [0] } });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: 'Enter the service address as http(s)://host, or leave it empty to work offline',
        key: 'errors:settings.serviceUrl',
        fields: { serviceUrl: 'errors:settings.serviceUrl', 'notifications.thresholdsHours.0': 'errors:settings.thresholdMin' },
      },
    });
    expect(current).toEqual(defaultSettings);
  });

  it('refuses unknown fields and values of the wrong type', () => {
    expect(applySettingsPatch(defaultSettings, { colour: 'red' }).ok).toBe(false);
    expect(applySettingsPatch(defaultSettings, { notifications: { loud: true } }).ok).toBe(false);
    expect(applySettingsPatch(defaultSettings, { closeToTray: 'yes' }).ok).toBe(false);
    expect(applySettingsPatch(defaultSettings, 'theme=dark').ok).toBe(false);
  });

  it('an empty patch changes nothing', () => {
    expect(applySettingsPatch(defaultSettings, {})).toEqual({ ok: true, value: defaultSettings });
    expect(applySettingsPatch(defaultSettings, undefined)).toEqual({ ok: true, value: defaultSettings });
  });
});

describe('recoverSettings', () => {
  it('keeps every valid field of a hand-edited file and reports the invalid ones', () => {
    const r = recoverSettings({ theme: 'pink', language: 'ru', extra: 1, notifications: { thresholdsHours: [0], newInbound: false } });
    expect(r.settings).toEqual({
      ...defaultSettings,
      language: 'ru',
      notifications: { ...defaultSettings.notifications, newInbound: false },
    });
    expect(r.dropped.sort()).toEqual(['extra', 'notifications.thresholdsHours', 'theme']);
  });

  it('anything that is not an object gives the defaults', () => {
    expect(recoverSettings([1, 2])).toEqual({ settings: defaultSettings, dropped: ['(settings)'], retired: [] });
    expect(recoverSettings('x')).toEqual({ settings: defaultSettings, dropped: ['(settings)'], retired: [] });
    expect(recoverSettings(undefined)).toEqual({ settings: defaultSettings, dropped: [], retired: [] });
    expect(recoverSettings(null)).toEqual({ settings: defaultSettings, dropped: [], retired: [] });
  });

  it('an update feed address saved by an earlier version is dropped (IT sets it now), the rest of the file is kept', () => {
    const r = recoverSettings({ updateUrl: 'http://evil.example/feed', theme: 'dark', updateChannel: 'beta' });
    expect(r).toEqual({ settings: { ...defaultSettings, theme: 'dark', updateChannel: 'beta' }, dropped: [], retired: ['updateUrl'] });
  });
});

describe('settings patch: what the page may not change', () => {
  it('refuses an update feed address: only the environment or the IT policy file set it', () => {
    const r = applySettingsPatch(defaultSettings, { updateUrl: 'https://updates.example' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(defaultSettings)).not.toContain('updateUrl');
  });
});
