import { existsSync, renameSync } from 'node:fs';
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../shared/settings';
import type { Clock, Logger } from '../core/ports';
import { corruptCopyName } from '../core/settings/jsonFileSettings';
import { createSettingsService, memorySettingsBackend, type SettingsPort } from '../core/settings/settingsService';

/** What the adapter uses of an electron-store instance (reads and writes the whole store). */
export type WholeStore = { store: Settings };

/**
 * electron-store's JSON schema, derived from the zod settings schema (one source of truth): the store
 * checks every write with it too, behind the zod check the Settings port makes first. `io: 'input'`
 * leaves fields with defaults optional, so a file from an older version without a newer field loads.
 */
export function settingsJsonSchema(): Record<string, object> {
  const root = z.toJSONSchema(settingsSchema, { io: 'input' }) as { properties?: Record<string, object> };
  return root.properties ?? {};
}

/** Owner-only, like the database beside it (electron-store would write it 0666 less the umask). */
export const STORE_FILE_MODE = 0o600;

export const electronStoreOptions = () =>
  ({ name: 'settings', schema: settingsJsonSchema(), clearInvalidConfig: false, configFileMode: STORE_FILE_MODE }) as const;

export type ElectronSettingsDeps = {
  /** new Store(electronStoreOptions()); it throws on a file that is not JSON or that the schema refuses. */
  createStore: () => WholeStore;
  /** The store's file (userData/settings.json), to keep a corrupt one aside. */
  file: string;
  clock: Clock;
  logger: Logger;
};

/**
 * The Settings port over electron-store. A file the store cannot read is moved aside as
 * settings.json.corrupt-<time> and the app starts on the defaults with a warning; if even a fresh
 * store cannot be made (a read-only folder), settings live in memory for this run. Never a crash.
 */
export function openElectronSettings(deps: ElectronSettingsDeps): SettingsPort {
  let store: WholeStore;
  try {
    store = deps.createStore();
  } catch (first) {
    const keptAs = corruptCopyName(deps.file, deps.clock.now());
    try {
      if (existsSync(deps.file)) renameSync(deps.file, keptAs);
      deps.logger.warn('the settings file could not be read; it was kept aside and the defaults apply', {
        file: deps.file,
        keptAs,
        error: String(first),
      });
      store = deps.createStore();
    } catch (second) {
      deps.logger.error('no settings file can be written; settings last until the app quits', second);
      return createSettingsService(memorySettingsBackend(), deps.logger);
    }
  }
  return createSettingsService(
    {
      read: () => store.store,
      write: (settings) => {
        store.store = settings;
      },
    },
    deps.logger,
  );
}
