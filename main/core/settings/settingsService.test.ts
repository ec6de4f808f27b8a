import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../shared/settings';
import { silentLogger } from '../logger';
import type { Logger } from '../ports';
import { corruptCopyName, jsonFileSettingsBackend, SETTINGS_FILE_NAME } from './jsonFileSettings';
import { createSettingsHandlers } from './settingsHandlers';
import { createSettingsService, memorySettingsBackend, SETTINGS_NOT_SAVED } from './settingsService';
import { tempDirs } from '../testing/tempDirs';

const tempDir = tempDirs('cosell-settings-');
const recordingLogger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }) satisfies Logger;
const clock = { now: () => new Date('2026-11-24T10:00:00.000Z') };

describe('settings service', () => {
  it('saves a valid change, tells listeners once, and ignores a change that changes nothing', () => {
    const backend = memorySettingsBackend();
    const settings = createSettingsService(backend, silentLogger);
    const heard = vi.fn();
    settings.onChange(heard);
    expect(settings.set({ theme: 'dark' })).toEqual({ ok: true, value: { ...defaultSettings, theme: 'dark' } });
    expect(settings.set({ theme: 'dark' }).ok).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledWith({ ...defaultSettings, theme: 'dark' }, defaultSettings);
    expect(backend.saved?.theme).toBe('dark');
  });

  it('refuses an invalid change with the message at the field; the old value stays in memory and on disk', () => {
    const backend = memorySettingsBackend({ theme: 'light' });
    const settings = createSettingsService(backend, silentLogger);
    const r = settings.set({ theme: 'pink', language: 'ru' });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { theme: 'errors:settings.theme' } } });
    expect(settings.get()).toEqual({ ...defaultSettings, theme: 'light' });
    expect(backend.saved).toBeNull();
  });

  it('a failed save is a refusal too, and the previous settings stay in use', () => {
    const settings = createSettingsService(
      {
        read: () => ({}),
        write: () => {
          throw new Error('EROFS');
        },
      },
      silentLogger,
    );
    expect(settings.set({ closeToTray: false })).toEqual({ ok: false, error: { code: 'SETTINGS_NOT_SAVED', message: SETTINGS_NOT_SAVED } });
    expect(settings.get().closeToTray).toBe(true);
  });

  it('starts from what was saved, dropping (with a warning) only the fields that are not valid', () => {
    const logger = recordingLogger();
    const settings = createSettingsService(memorySettingsBackend({ language: 'ru', theme: 42 }), logger);
    expect(settings.get()).toEqual({ ...defaultSettings, language: 'ru' });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/fell back to their defaults/), { fields: ['theme'] });
  });
});

describe('settings handlers', () => {
  it('settings:set refuses with BAD_INPUT and field paths under "settings."', () => {
    const handlers = createSettingsHandlers(createSettingsService(memorySettingsBackend(), silentLogger));
    expect(() => handlers['settings:set']({ settings: { notifications: { thresholdsHours: [500] } } })).toThrow(
      expect.objectContaining({
        code: 'BAD_INPUT',
        message: 'A threshold is at most 14 days (336 hours)',
        fields: { 'settings.notifications.thresholdsHours.0': 'errors:settings.thresholdMax' },
      }),
    );
    expect(handlers['settings:get']({})).toEqual(defaultSettings);
  });
});

describe('JSON file settings (web host)', () => {
  it('round-trips through the file and survives a restart', () => {
    const file = join(tempDir(), SETTINGS_FILE_NAME);
    const first = createSettingsService(jsonFileSettingsBackend(file, { clock, logger: silentLogger }), silentLogger);
    first.set({ notifications: { quietHours: { start: '22:00', end: '07:00' } } });
    const again = createSettingsService(jsonFileSettingsBackend(file, { clock, logger: silentLogger }), silentLogger);
    expect(again.get().notifications.quietHours).toEqual({ start: '22:00', end: '07:00' });
    expect(readdirSync(join(file, '..'))).toEqual([SETTINGS_FILE_NAME]);
  });

  it('a corrupt file gives the defaults and a warning, never a crash, and is kept aside as settings.json.corrupt-<time>', () => {
    const dir = tempDir();
    const file = join(dir, SETTINGS_FILE_NAME);
    writeFileSync(file, '{"theme": "dark",');
    const logger = recordingLogger();
    const settings = createSettingsService(jsonFileSettingsBackend(file, { clock, logger }), logger);
    expect(settings.get()).toEqual(defaultSettings);
    const aside = corruptCopyName(file, clock.now());
    expect(aside).toMatch(/settings\.json\.corrupt-2026-11-24T10-00-00-000Z$/);
    expect(readFileSync(aside, 'utf8')).toBe('{"theme": "dark",');
    expect(existsSync(file)).toBe(false);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/not valid JSON/), expect.objectContaining({ keptAs: aside }));
    expect(settings.set({ theme: 'light' }).ok).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ theme: 'light' });
  });

  it('JSON that is not an object is treated as corrupt too', () => {
    const file = join(tempDir(), SETTINGS_FILE_NAME);
    writeFileSync(file, '[1,2,3]');
    const settings = createSettingsService(jsonFileSettingsBackend(file, { clock, logger: silentLogger }), silentLogger);
    expect(settings.get()).toEqual(defaultSettings);
    expect(existsSync(corruptCopyName(file, clock.now()))).toBe(true);
  });
});
