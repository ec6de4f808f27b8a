import { initReactI18next } from 'react-i18next';
import { createFormatter, createI18n, intlLocale, resolveLanguage, type Formatter } from '../../../shared/i18n';

/** The browser's (in Electron: the OS's) preferred locales, for the 'system' language setting. */
export const systemLocales = (): readonly string[] => (navigator.languages.length > 0 ? navigator.languages : [navigator.language]);

/**
 * The renderer's one i18next instance (react-i18next's useTranslation reads it). It starts in the system's
 * language; LanguageSync switches it to the setting once settings arrive, and on every change after that.
 */
export const i18n = createI18n({
  language: resolveLanguage('system', systemLocales()),
  modules: [initReactI18next],
  onMissingKey(missing) {
    (window.__i18nMissing ??= []).push(missing);
  },
});

/** Dates, money and durations in the language shown now (the OS's regional variant when it has one). */
export function currentFormatter(): Formatter {
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  return createFormatter(intlLocale(language, systemLocales()));
}
