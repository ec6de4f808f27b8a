import './i18nextTypes';

export { createI18n, type I18nOptions, type MissingKey } from './createI18n';
export { createFormatter, formatCloseDate, formatDateTime, formatDay, formatDuration, formatMoney, type Formatter } from './format';
export { intlLocale, languages, resolveLanguage, type Language, type LanguageSetting } from './languages';
export { en as englishResources, namespaces, resources, type Namespace } from './resources';
export type { RuOf } from './ruShape';
export {
  decodeWords,
  encodeWords,
  errorMessage,
  errorWords,
  inEnglish,
  sayMessage,
  sayWords,
  wordsOf,
  type ErrorKey,
  type MessageParam,
  type MessageParams,
  type MessageWords,
  type Translate,
} from './messageKey';
