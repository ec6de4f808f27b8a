import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Provider } from 'react-redux';
import type { Api } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import { subscribeToApiEvents } from './api/apiEvents';
import { App } from './App';
import { makeStore } from './app/store';
import { useGetSettingsQuery } from './features/settings/settingsApi';
import { LanguageSync } from './i18n';
import { DatesInLanguage } from './i18n/DatesInLanguage';
import { MissingApiPage } from './MissingApiPage';
import { makeTheme, themeMode } from './theme';

/** Either the workspace over `api`, or the page that explains its absence (in the OS's light or dark). */
export function Root({ api }: { api: Api | undefined }) {
  if (!api) {
    return (
      <Themed preference={undefined}>
        <MissingApiPage />
      </Themed>
    );
  }
  return <Workspace api={api} />;
}

function Workspace({ api }: { api: Api }) {
  const [store] = useState(() => makeStore(api));
  useEffect(() => subscribeToApiEvents(api, store.dispatch), [api, store]);
  return (
    <Provider store={store}>
      <LanguageSync>
        <SettingsTheme>
          <App />
        </SettingsTheme>
      </LanguageSync>
    </Provider>
  );
}

/** The theme setting (system, light or dark), read from the store like every other setting: a save applies at once. */
function SettingsTheme({ children }: { children: ReactNode }) {
  const { data: settings } = useGetSettingsQuery();
  return <Themed preference={settings?.theme}>{children}</Themed>;
}

function Themed({ preference, children }: { preference: Settings['theme'] | undefined; children: ReactNode }) {
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  const mode = themeMode(preference, dark);
  const { i18n } = useTranslation();
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  const theme = useMemo(() => makeTheme(mode, language), [mode, language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      <DatesInLanguage>{children}</DatesInLanguage>
    </ThemeProvider>
  );
}
