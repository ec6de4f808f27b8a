import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatter, intlLocale, type Formatter, type Language } from '../../../shared/i18n';
import { systemLocales } from './i18n';

/** The shared formatter (dates, money, durations) in the language shown now; re-renders when it changes. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'ru' ? 'ru' : 'en';
  return useMemo(() => createFormatter(intlLocale(language, systemLocales())), [language]);
}
