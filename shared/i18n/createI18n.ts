import i18next, { type i18n, type Module } from 'i18next';
import type { Language } from './languages';
import { namespaces, resources } from './resources';

export type MissingKey = { language: string; namespace: string; key: string };

export type I18nOptions = {
  language: Language;
  /** Told about every key that is in no language (a typo, a forgotten file): tests fail on it. */
  onMissingKey?: (missing: MissingKey) => void;
  /** i18next plugins, e.g. react-i18next's initReactI18next in the renderer. */
  modules?: readonly Module[];
};

/**
 * An i18next instance over the shared resources, ready at once (the resources are bundled, nothing loads).
 * The renderer and main each make their own; keys are flat ("tab.inbound"), so '.' is no separator.
 */
export function createI18n({ language, onMissingKey, modules = [] }: I18nOptions): i18n {
  const instance = i18next.createInstance();
  for (const module of modules) instance.use(module);
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ru'],
    ns: namespaces,
    defaultNS: 'common',
    keySeparator: false,
    nsSeparator: ':',
    initAsync: false,
    // React escapes what it renders and main's words go to native notifications, never to HTML.
    interpolation: { escapeValue: false },
    saveMissing: onMissingKey !== undefined,
    missingKeyHandler: onMissingKey
      ? (lngs, namespace, key) => {
          onMissingKey({ language: lngs.join(','), namespace, key });
        }
      : false,
  });
  return instance;
}
