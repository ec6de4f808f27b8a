import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect, useMemo, useState } from 'react';
import { Provider } from 'react-redux';
import type { Api } from '../../shared/ipc';
import { subscribeToApiEvents } from './api/apiEvents';
import { App } from './App';
import { makeStore } from './app/store';
import { themeMode, useSettings } from './features/settings/settingsClient';
import { MissingApiPage } from './MissingApiPage';
import { makeTheme } from './theme';

/** Theme (the setting: system, light or dark; applied as soon as it is saved), then either the workspace over `api` or the page that explains its absence. */
export function Root({ api }: { api: Api | undefined }) {
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  const mode = themeMode(useSettings(api).settings?.theme, dark);
  const theme = useMemo(() => makeTheme(mode), [mode]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      {api ? <Workspace api={api} /> : <MissingApiPage />}
    </ThemeProvider>
  );
}

function Workspace({ api }: { api: Api }) {
  const [store] = useState(() => makeStore(api));
  useEffect(() => subscribeToApiEvents(api, store.dispatch), [api, store]);
  return (
    <Provider store={store}>
      <App />
    </Provider>
  );
}
