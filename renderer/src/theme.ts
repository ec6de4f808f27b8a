import { enUS, ruRU } from '@mui/material/locale';
import { createTheme, type Theme } from '@mui/material/styles';
import type { Language } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';

/** The OS's own UI font: the app is offline and loads no web fonts. */
const systemFonts = [
  'system-ui',
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
  '"Apple Color Emoji"',
  '"Segoe UI Emoji"',
].join(',');

/** The theme in a mode, with MUI's own words (pagination, "Close", "No options") in the interface language. */
export function makeTheme(mode: 'light' | 'dark', language: Language = 'en'): Theme {
  return createTheme(
    {
      palette: {
        mode,
        // Dark values are light enough for 4.5:1 text contrast on paper and on a selected (lighter) list row.
        primary: { main: mode === 'light' ? '#0f6cbd' : '#7fb8ff' },
        // Light info/warning are darker than MUI's so white text on filled chips (stage, expiry) reaches 4.5:1.
        ...(mode === 'dark' ? { error: { main: '#ff6b6b' } } : { info: { main: '#0369a1' }, warning: { main: '#b45309' } }),
        secondary: { main: mode === 'light' ? '#5b5fc7' : '#9ea2ff' },
        background: mode === 'light' ? { default: '#f5f6f8', paper: '#ffffff' } : { default: '#141414', paper: '#1f1f1f' },
      },
      shape: { borderRadius: 8 },
      typography: {
        fontFamily: systemFonts,
        fontSize: 13,
        button: { textTransform: 'none', fontWeight: 600 },
        h1: { fontSize: '1.125rem', fontWeight: 600 },
        h2: { fontSize: '1.25rem', fontWeight: 600 },
        h3: { fontSize: '0.8125rem', fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.04em' },
      },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiTab: { styleOverrides: { root: { textTransform: 'none', minHeight: 48, fontWeight: 600 } } },
        MuiToggleButton: { styleOverrides: { root: { textTransform: 'none', paddingTop: 4, paddingBottom: 4 } } },
        MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
      },
    },
    language === 'ru' ? ruRU : enUS,
  );
}

/** 'light' or 'dark' to apply: the setting, or the OS's preference when it says "system" (or before it loads). */
export function themeMode(preference: Settings['theme'] | undefined, systemDark: boolean): 'light' | 'dark' {
  if (preference === 'light' || preference === 'dark') return preference;
  return systemDark ? 'dark' : 'light';
}
