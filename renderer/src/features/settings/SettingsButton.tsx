import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/baseQuery';
import { useAppDispatch } from '../../app/hooks';
import { DialogLoading, LazyBoundary, lazyPanel } from '../../app/lazyPanel';
import { showNotice } from '../../app/workspaceSlice';
import { useGetSettingsQuery } from './settingsApi';

/** Loaded when first opened (its own chunk; App preloads it when idle). */
export const SettingsDialog = lazyPanel(() => import('./SettingsDialog').then((m) => m.SettingsDialog));

/** Ctrl+, (Cmd+, on macOS) opens Settings, as in most desktop apps. Pure. */
export const isSettingsShortcut = (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean =>
  e.key === ',' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;

/** The app bar's gear button (accessible name "Settings") and the Settings dialog it opens. */
export function SettingsButton() {
  const { t } = useTranslation('settings');
  const dispatch = useAppDispatch();
  const { data: settings, error, isFetching, refetch } = useGetSettingsQuery();
  const [wanted, setWanted] = useState(false);
  // Asked for before the settings arrived, the dialog opens as soon as they do. If they could not be read,
  // the seller is told why and they are asked for again, rather than pressing a button that does nothing.
  const open = useCallback(() => {
    setWanted(true);
    if (settings || !error || isFetching) return;
    dispatch(showNotice({ message: errorMessage(error), severity: 'error' }));
    void refetch();
  }, [settings, error, isFetching, dispatch, refetch]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSettingsShortcut(e)) return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <Tooltip title={t('openTip')}>
        <IconButton color="inherit" aria-label={t('open')} aria-keyshortcuts="Control+Comma" onClick={open}>
          <SettingsOutlinedIcon />
        </IconButton>
      </Tooltip>
      {wanted && settings && (
        <LazyBoundary fallback={<DialogLoading />}>
          <SettingsDialog settings={settings} onClose={() => setWanted(false)} />
        </LazyBoundary>
      )}
    </>
  );
}
