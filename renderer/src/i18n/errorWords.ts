import { useTranslation } from 'react-i18next';
import { errorWords, sayMessage, sayWords, type MessageWords, type Translate } from '../../../shared/i18n';
import { i18n } from './i18n';

/** What an ApiError (or a thrown value) says: its key and params when it has them, its message otherwise. */
function wordsOfError(error: unknown): MessageWords | string {
  if (typeof error !== 'object' || error === null) return errorWords('app.unknown');
  const e = error as { key?: unknown; params?: unknown; message?: unknown; code?: unknown };
  if (typeof e.key === 'string') {
    return typeof e.params === 'object' && e.params !== null ? { key: e.key, params: e.params as MessageWords['params'] } : { key: e.key };
  }
  if (typeof e.message === 'string' && e.message) return e.message;
  return errorWords('app.unknown');
}

/**
 * An error from main (an ApiError: code, key, params, message) or a thrown value, as words in the language of `t`.
 * Main's `message` is the fallback for an error without a key; an encoded message is worded too.
 */
export function sayError(error: unknown, t: Translate = i18n.t as unknown as Translate): string {
  const words = wordsOfError(error);
  return typeof words === 'string' ? sayMessage(t, words) : sayWords(t, words);
}

/** A field message (a shared schema's or main's: encoded words, or plain text) in the language shown now. */
export function sayFieldMessage(message: string, t: Translate = i18n.t as unknown as Translate): string {
  return sayMessage(t, message);
}

/** The helpers bound to the language shown: a component using them re-renders when the language changes. */
export function useErrorWords() {
  const { t } = useTranslation();
  const translate = t as unknown as Translate;
  return {
    sayError: (error: unknown) => sayError(error, translate),
    sayMessage: (message: string) => sayMessage(translate, message),
  };
}
