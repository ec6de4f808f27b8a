import { AppError, wordsOfError, type HandlersOf } from '../../../shared/ipc';
import type { SettingsPort } from './settingsService';

/**
 * settings:get and settings:set over the Settings port. A refusal is BAD_INPUT with each field's
 * message under "settings.<path>", the same paths the contract's own input check uses.
 */
export function createSettingsHandlers(settings: SettingsPort): HandlersOf<'settings'> {
  return {
    'settings:get': () => settings.get(),
    'settings:set': ({ settings: patch }) => {
      const result = settings.set(patch);
      if (result.ok) return result.value;
      const fields = result.error.fields
        ? Object.fromEntries(Object.entries(result.error.fields).map(([path, message]) => [`settings.${path}`, message]))
        : undefined;
      throw new AppError(result.error.code, wordsOfError(result.error), fields);
    },
  };
}
