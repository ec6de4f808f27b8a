import { isDeepStrictEqual } from 'node:util';
import type { Result } from '../../../shared/ipc';
import { applySettingsPatch, recoverSettings, type Settings } from '../../../shared/settings';
import type { Logger } from '../ports';

/** Where settings live: electron-store in the desktop app, a JSON file for the web host, memory in tests. */
export type SettingsBackend = {
  /** What was saved (anything: a person may have edited it); {} or undefined when nothing was. */
  read(): unknown;
  /** Saves the whole, already validated settings; throws when it cannot. */
  write(settings: Settings): void;
};

/**
 * The Settings port of the core: every change is validated with the shared zod schema before it is
 * saved; a refused change returns the message per field and the old value stays, on disk and in memory.
 */
export type SettingsPort = {
  get(): Settings;
  /** A partial change (deep merge). Listeners hear about it only when something actually changed. */
  set(patch: unknown): Result<Settings>;
  onChange(listener: (next: Settings, previous: Settings) => void): () => void;
};

export const SETTINGS_NOT_SAVED =
  'Your settings could not be saved, so the previous ones are still in use. Check that the disk is not full, then try again.';

export function createSettingsService(backend: SettingsBackend, logger: Logger): SettingsPort {
  let raw: unknown;
  try {
    raw = backend.read();
  } catch (err) {
    logger.warn('settings could not be read; using the defaults', err);
    raw = undefined;
  }
  const recovered = recoverSettings(raw);
  if (recovered.dropped.length > 0) {
    logger.warn('some saved settings were not valid and fell back to their defaults', { fields: recovered.dropped });
  }
  if (recovered.retired.length > 0) {
    logger.info('settings from an earlier version are no longer used and were dropped (the update feed is set by IT: see docs)', {
      fields: recovered.retired,
    });
  }
  let current: Settings = recovered.settings;
  const listeners = new Set<(next: Settings, previous: Settings) => void>();

  return {
    get: () => current,
    set(patch) {
      const result = applySettingsPatch(current, patch);
      if (!result.ok) return result;
      if (isDeepStrictEqual(result.value, current)) return { ok: true, value: current };
      try {
        backend.write(result.value);
      } catch (err) {
        logger.error('settings could not be saved', err);
        return { ok: false, error: { code: 'SETTINGS_NOT_SAVED', message: SETTINGS_NOT_SAVED } };
      }
      const previous = current;
      current = result.value;
      for (const listener of [...listeners]) {
        try {
          listener(current, previous);
        } catch (err) {
          logger.error('a settings listener failed', err);
        }
      }
      return { ok: true, value: current };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Settings kept in memory only: tests, and a workspace opened without a settings store. */
export function memorySettingsBackend(initial: unknown = {}): SettingsBackend & { saved: Settings | null } {
  const backend = {
    saved: null as Settings | null,
    read: () => initial,
    write(settings: Settings) {
      backend.saved = settings;
    },
  };
  return backend;
}
