import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/settings';
import { silentLogger } from '../core/logger';
import { corruptCopyName } from '../core/settings/jsonFileSettings';
import { FakeElectronStore } from '../../test/fakes/electronStore';
import { electronStoreOptions, openElectronSettings, settingsJsonSchema } from './settingsStore';

const clock = { now: () => new Date('2026-11-24T10:00:00.000Z') };
let dir = '';
beforeEach(() => {
  FakeElectronStore.reset();
  dir = mkdtempSync(join(tmpdir(), 'cosell-estore-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = (logger = silentLogger) =>
  openElectronSettings({
    createStore: () => new FakeElectronStore(electronStoreOptions()) as never,
    file: join(dir, 'settings.json'),
    clock,
    logger,
  });

describe('electron-store settings', () => {
  it('a valid change is saved to the store and read back after a restart', () => {
    expect(open().set({ theme: 'dark', notifications: { thresholdsHours: [48] } }).ok).toBe(true);
    expect(FakeElectronStore.files.get('settings')).toMatchObject({ theme: 'dark', notifications: { thresholdsHours: [48] } });
    expect(open().get()).toMatchObject({ theme: 'dark', notifications: { thresholdsHours: [48] } });
  });

  it('an invalid value is refused with the message, and the old value is kept in the store and in memory', () => {
    const settings = open();
    settings.set({ serviceUrl: 'https://api.partnercenter.microsoft.com' });
    const before = FakeElectronStore.files.get('settings');
    const r = settings.set({ serviceUrl: 'not a url', language: 'ru' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: 'Enter the service address as http(s)://host, or leave it empty to work offline',
        // The field's message is a key the window words in its language; `message` is main's English for the logs.
        key: 'errors:settings.serviceUrl',
        fields: { serviceUrl: 'errors:settings.serviceUrl' },
      },
    });
    expect(FakeElectronStore.files.get('settings')).toEqual(before);
    expect(settings.get()).toMatchObject({ serviceUrl: 'https://api.partnercenter.microsoft.com', language: 'system' });
  });

  it('a corrupt file is kept aside as settings.json.corrupt-<time>, with a warning, and the defaults apply', () => {
    writeFileSync(join(dir, 'settings.json'), '{"theme": ');
    FakeElectronStore.corrupt.add('settings');
    const warn = vi.fn();
    const settings = open({ ...silentLogger, warn });
    expect(settings.get()).toEqual(defaultSettings);
    const aside = corruptCopyName(join(dir, 'settings.json'), clock.now());
    expect(readFileSync(aside, 'utf8')).toBe('{"theme": ');
    expect(existsSync(join(dir, 'settings.json'))).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/kept aside/), expect.objectContaining({ keptAs: aside }));
  });

  it('when no store can be made at all, settings live in memory for the run', () => {
    const settings = openElectronSettings({
      createStore: () => {
        throw new Error('EACCES');
      },
      file: join(dir, 'settings.json'),
      clock,
      logger: silentLogger,
    });
    expect(settings.set({ theme: 'light' }).ok).toBe(true);
    expect(settings.get().theme).toBe('light');
  });
});

describe("electron-store's JSON schema (derived from the zod schema)", () => {
  // electron-store validates with Ajv 2020 (through conf); the same validator checks the derived schema here.
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile({ type: 'object', properties: settingsJsonSchema() });

  it('accepts the defaults and a full valid settings object', () => {
    expect(validate(structuredClone(defaultSettings))).toBe(true);
    expect(
      validate({ ...defaultSettings, notifications: { ...defaultSettings.notifications, quietHours: { start: '22:00', end: '07:00' } } }),
    ).toBe(true);
  });

  it('refuses what zod refuses at the type level: a wrong theme, a threshold of 0, a bad time', () => {
    expect(validate({ theme: 'pink' })).toBe(false);
    expect(validate({ notifications: { thresholdsHours: [0] } })).toBe(false);
    expect(validate({ notifications: { quietHours: { start: '25:00', end: '07:00' } } })).toBe(false);
  });

  it('is what the store is opened with, and a corrupt file is not silently cleared', () => {
    expect(electronStoreOptions()).toMatchObject({ name: 'settings', clearInvalidConfig: false, schema: settingsJsonSchema() });
  });

  // electron-store is conf with Electron's paths; conf itself runs under Node, so the real library writes the file here.
  it.skipIf(process.platform === 'win32')('makes the settings file readable by its owner only (0600), whatever the umask', async () => {
    const { default: Conf } = await import('conf');
    const previous = process.umask(0o022);
    try {
      const { name, ...options } = electronStoreOptions();
      const store = new Conf<Settings>({ ...options, configName: name, cwd: dir });
      store.set('theme', 'dark');
      expect((statSync(join(dir, 'settings.json')).mode & 0o777).toString(8)).toBe('600');
    } finally {
      process.umask(previous);
    }
  });
});
