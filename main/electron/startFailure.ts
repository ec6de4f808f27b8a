import { AppError } from '../../shared/ipc';
import { sayWords, type Translate } from '../../shared/i18n';
import type { Words } from '../core/i18n/mainWords';

/**
 * What the desktop app says when it cannot open its data (pure): the error box's title and text, in main's language
 * (the language setting; "system" follows the OS). An AppError says its own words (a database from a newer version,
 * issue 13); anything else gets the general sentence.
 */
export function startFailureWords(err: unknown, words: Words): { title: string; content: string } {
  const t = words.t as unknown as Translate;
  return {
    title: t('errors:app.cannotStart'),
    content: err instanceof AppError ? sayWords(t, err.words) : t('errors:app.cannotOpenData'),
  };
}
