import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/settings';
import { isSettingsShortcut } from './SettingsButton';
import { themeMode } from './settingsClient';
import { addThreshold, draftOf, fieldMessages, messageAt, patchOf, thresholdLabel, validateDraft } from './settingsForm';

describe('settings form', () => {
  it('adds thresholds as whole hours, sorted, without duplicates', () => {
    expect(addThreshold([72, 4], '24')).toEqual({ list: [72, 24, 4], error: null });
    expect(addThreshold([72], '72').error).toBe('72 h is already in the list');
    expect(addThreshold([72], '1.5').error).toBe('Use whole hours, like 48');
    expect(addThreshold([72], '0').error).toBe('A threshold is at least 1 hour');
    expect(addThreshold([72], '400').error).toBe('A threshold is at most 14 days (336 hours)');
  });

  it('labels hours, and days when they are whole days', () => {
    expect([72, 24, 36, 4].map(thresholdLabel)).toEqual(['72 h (3 days)', '24 h (1 day)', '36 h', '4 h']);
  });

  it("maps main's field paths to the form's and finds a list's message", () => {
    const errors = fieldMessages({ 'settings.notifications.thresholdsHours.1': 'A threshold is at least 1 hour', serviceUrl: 'x' });
    expect(errors).toEqual({ 'notifications.thresholdsHours.1': 'A threshold is at least 1 hour', serviceUrl: 'x' });
    expect(messageAt(errors, 'notifications.thresholdsHours')).toBe('A threshold is at least 1 hour');
  });

  it("saving the dialog leaves the tray's pause alone (it may have changed while the dialog was open)", () => {
    const openedPaused = draftOf({ ...defaultSettings, notifications: { ...defaultSettings.notifications, paused: true } });
    const patch = patchOf({ ...openedPaused, theme: 'dark' });
    expect(patch.notifications).not.toHaveProperty('paused');
    expect(patch).toMatchObject({ theme: 'dark', notifications: { thresholdsHours: [72, 24, 4] } });
  });

  it('validates a draft with the shared rules', () => {
    const draft = draftOf(defaultSettings);
    expect(validateDraft(defaultSettings, draft)).toEqual({});
    expect(
      validateDraft(defaultSettings, { ...draft, notifications: { ...draft.notifications, quietHours: { start: '7pm', end: '07:00' } } }),
    ).toEqual({
      'notifications.quietHours.start': 'Use a 24-hour time like 22:00',
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
