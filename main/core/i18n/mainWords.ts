import type { i18n, TFunction } from 'i18next';
import {
  createFormatter,
  createI18n,
  intlLocale,
  namespaces,
  resolveLanguage,
  type Formatter,
  type Language,
  type Namespace,
} from '../../../shared/i18n';
import type { SettingsPort } from '../settings/settingsService';

/** Main's words in one language: t over the shared resources, and the formatter of that locale. */
export type Words = { language: Language; t: TFunction<Namespace[]>; fmt: Formatter };

/** The words main uses now; they follow the language setting, so the next notification or tray rebuild is in it. */
export type MainWords = {
  current(): Words;
  /** Told after the language changed (the tray rebuilds its menu). */
  onChange(listener: (words: Words) => void): () => void;
  dispose(): void;
};

/** Fixed words in one language: tests, and the planners' default (English). */
export function wordsIn(language: Language, locale: string = language): Words {
  const instance = createI18n({ language });
  return { language, t: instance.getFixedT(null, namespaces), fmt: createFormatter(locale) };
}

let english: Words | null = null;
/** English words, made once: what the notification planners use when no language is given. */
export function englishWords(): Words {
  english ??= wordsIn('en');
  return english;
}

/**
 * Main's own i18next instance. `systemLocales` are the OS's preferred locales (Electron: app.getLocale()
 * and the preferred system languages; the web host: its process's locale), read when the setting is 'system'.
 */
export function createMainWords(settings: SettingsPort, systemLocales: () => readonly string[]): MainWords {
  const instance: i18n = createI18n({ language: resolveLanguage(settings.get().language, systemLocales()) });
  const build = (): Words => {
    const language = resolveLanguage(settings.get().language, systemLocales());
    if (instance.language !== language) void instance.changeLanguage(language);
    return { language, t: instance.getFixedT(language, namespaces), fmt: createFormatter(intlLocale(language, systemLocales())) };
  };
  let words = build();
  const listeners = new Set<(words: Words) => void>();
  const off = settings.onChange((next, previous) => {
    if (next.language === previous.language) return;
    const before = words.language;
    words = build();
    if (words.language !== before) for (const listener of [...listeners]) listener(words);
  });
  return {
    current: () => words,
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    dispose: off,
  };
}
