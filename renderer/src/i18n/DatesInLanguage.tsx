import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { enUS, ruRU } from '@mui/x-date-pickers/locales';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/ru';

// The pickers' own words (the calendar button, month names, the "ДД.ММ.ГГГГ" placeholders) per language.
const pickerWords = {
  en: enUS.components.MuiLocalizationProvider.defaultProps.localeText,
  ru: ruRU.components.MuiLocalizationProvider.defaultProps.localeText,
} as const;

/**
 * Date fields (ui/DateInput) in the language shown, not the browser's: dayjs's 'ru' writes 01.07.2026, 'en'
 * 07/01/2026. Follows a language switch at once, like every other word.
 */
export function DatesInLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={language} localeText={pickerWords[language]}>
      {children}
    </LocalizationProvider>
  );
}
