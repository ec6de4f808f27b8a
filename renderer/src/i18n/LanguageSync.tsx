import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { resolveLanguage } from '../../../shared/i18n';
import { useGetSettingsQuery } from '../features/settings/settingsApi';
import { i18n, systemLocales } from './i18n';

/**
 * Follows the language setting without a restart: the chosen language, or for "system" the browser's
 * (Electron: the OS's). Also sets <html lang>, so screen readers and hyphenation use the right language.
 */
export function LanguageSync({ children }: { children: ReactNode }) {
  const { data: settings } = useGetSettingsQuery();
  const language = resolveLanguage(settings?.language, systemLocales());
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
