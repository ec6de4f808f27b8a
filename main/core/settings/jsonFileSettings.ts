import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Settings } from '../../../shared/settings';
import type { Clock, Logger } from '../ports';
import type { SettingsBackend } from './settingsService';

export const SETTINGS_FILE_NAME = 'settings.json';

/** Where a corrupt settings file is moved: next to it, named by the time, never overwritten. */
export function corruptCopyName(file: string, at: Date): string {
  return `${file}.corrupt-${at.toISOString().replace(/[:.]/g, '-')}`;
}

/**
 * Settings as a JSON file (the web host's store). A file that is not JSON, or not an object, is moved
 * aside as settings.json.corrupt-<time> and the defaults apply, with a warning: never a crash, and the
 * seller's file is kept for a person to look at. Writes go to a temp file renamed over the old one,
 * so a crash mid-write leaves the previous settings intact.
 */
export function jsonFileSettingsBackend(file: string, deps: { clock: Clock; logger: Logger }): SettingsBackend {
  return {
    read() {
      if (!existsSync(file)) return {};
      const text = readFileSync(file, 'utf8');
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed;
      const aside = corruptCopyName(file, deps.clock.now());
      renameSync(file, aside);
      deps.logger.warn('the settings file was not valid JSON; it was kept aside and the defaults apply', { file, keptAs: aside });
      return {};
    },
    write(settings: Settings) {
      mkdirSync(dirname(file), { recursive: true });
      const temp = `${file}.tmp-${process.pid}`;
      writeFileSync(temp, JSON.stringify(settings, null, 2) + '\n', { mode: 0o600 });
      renameSync(temp, file);
    },
  };
}
