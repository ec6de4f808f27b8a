import { inEnglish } from '../../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import { createFormatter, createI18n } from '../../../../shared/i18n';
import { defaultSettings } from '../../../../shared/settings';
import { isSettingsShortcut } from './SettingsButton';
import { themeMode } from '../../theme';
import { addThreshold, draftOf, patchOf, settingsFormSchema, thresholdLabel } from './settingsForm';

const issuesOf = (values: unknown) =>
  Object.fromEntries((settingsFormSchema.safeParse(values).error?.issues ?? []).map((i) => [i.path.join('.'), inEnglish(i.message)]));

describe('settings form', () => {
  it('adds thresholds as whole hours, sorted, without duplicates', () => {
    expect(addThreshold([72, 4], '24')).toEqual({ list: [72, 24, 4], error: null });
    expect(addThreshold([72], '72').error).toBe('duplicate');
    expect(addThreshold([72], '1.5').error).toBe('notWhole');
    expect(addThreshold([72], '0').error).toBe('tooSmall');
    expect(addThreshold([72], '400').error).toBe('tooBig');
  });

  it('labels hours, and days when they are whole days', () => {
    const en = createI18n({ language: 'en' }).getFixedT('en', 'alerts');
    const ru = createI18n({ language: 'ru' }).getFixedT('ru', 'alerts');
    expect([72, 24, 36, 4].map((h) => thresholdLabel(en, createFormatter('en'), h))).toEqual([
      '72 h (3 days)',
      '24 h (1 day)',
      '36 h',
      '4 h',
    ]);
    expect([72, 24, 120, 1].map((h) => thresholdLabel(ru, createFormatter('ru'), h))).toEqual([
      '72 ч (3 дня)',
      '24 ч (1 день)',
      '120 ч (5 дней)',
      '1 ч',
    ]);
  });

  it("saving the dialog leaves the tray's pause alone (it may have changed while the dialog was open)", () => {
    const openedPaused = draftOf({ ...defaultSettings, notifications: { ...defaultSettings.notifications, paused: true } });
    const patch = patchOf({ ...openedPaused, theme: 'dark' });
    expect(patch.notifications).not.toHaveProperty('paused');
    expect(patch).toMatchObject({ theme: 'dark', notifications: { thresholdsHours: [72, 24, 4] } });
  });

  it('checks the form with the shared rules, at the paths of its own fields, and leaves the pause out of what it saves', () => {
    const form = draftOf(defaultSettings);
    const parsed = settingsFormSchema.safeParse(form);
    expect(parsed.success && parsed.data.notifications).not.toHaveProperty('paused');
    expect(issuesOf({ ...form, notifications: { ...form.notifications, quietHours: { start: '7pm', end: '07:00' } } })).toEqual({
      'notifications.quietHours.start': 'Use a 24-hour time like 22:00',
    });
    expect(issuesOf({ ...form, serviceUrl: 'http://10.0.0.5', notifications: { ...form.notifications, thresholdsHours: [] } })).toEqual({
      serviceUrl:
        'Use https:// for a service on another computer, so the sign-in token is never sent unencrypted (http:// only for localhost or 127.0.0.1)',
      'notifications.thresholdsHours': 'Keep at least one threshold, or turn expiry notifications off',
    });
  });

  it('theme: the setting wins, "system" follows the OS', () => {
    expect([themeMode('dark', false), themeMode('light', true), themeMode('system', true), themeMode(undefined, false)]).toEqual([
      'dark',
      'light',
      'dark',
      'light',
    ]);
  });

  it('Ctrl+, or Cmd+, opens settings', () => {
    const key = (over: Partial<KeyboardEvent>) => ({ key: ',', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...over });
    expect(isSettingsShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isSettingsShortcut(key({ metaKey: true }))).toBe(true);
    expect(isSettingsShortcut(key({}))).toBe(false);
    expect(isSettingsShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
  });
});
