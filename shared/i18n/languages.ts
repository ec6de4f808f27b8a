/** The languages the interface is written in. The setting may also say 'system': follow the OS (or browser). */
export const languages = ['en', 'ru'] as const;
export type Language = (typeof languages)[number];
export type LanguageSetting = Language | 'system';

const baseOf = (locale: string) => locale.toLowerCase().split(/[-_]/)[0] ?? '';

function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

/**
 * The language to show: the chosen one, or for 'system' the first of the OS's (browser's) preferred
 * locales that the app is written in; English when none is.
 */
export function resolveLanguage(setting: LanguageSetting | undefined, systemLocales: readonly string[]): Language {
  if (setting && setting !== 'system') return setting;
  for (const locale of systemLocales) {
    const base = baseOf(locale);
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The Intl locale for dates and numbers: the OS's own variant of that language when it has one
 * ("en-GB" writes 30 Jun 2026), else the language itself.
 */
export function intlLocale(language: Language, systemLocales: readonly string[]): string {
  const own = systemLocales.find((locale) => baseOf(locale) === language);
  if (!own) return language;
  try {
    return Intl.getCanonicalLocales(own.replace('_', '-'))[0] ?? language;
  } catch {
    return language;
  }
}
