export { currentFormatter, i18n, systemLocales } from './i18n';
export { LanguageSync } from './LanguageSync';
export { useFormat } from './useFormat';
export { sayError, sayFieldMessage, useErrorWords } from './errorWords';
