import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useEffect, useMemo, useState } from 'react';
import { readWindowApi } from '../../api/windowApi';
import { DialogLoading, LazyBoundary, lazyPanel } from '../../app/lazyPanel';
import { useSettings } from './settingsClient';

/** Loaded when first opened (its own chunk; App preloads it when idle). */
export const SettingsDialog = lazyPanel(() => import('./SettingsDialog').then((m) => m.SettingsDialog));

/** Ctrl+, (Cmd+, on macOS) opens Settings, as in most desktop apps. Pure. */
export const isSettingsShortcut = (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean =>
  e.key === ',' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;

/** The app bar's gear button (accessible name "Settings") and the Settings dialog it opens. */
export function SettingsButton() {
  const api = useMemo(() => readWindowApi(), []);
  const { settings } = useSettings(api);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSettingsShortcut(e)) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!api) return null;
  return (
    <>
      <Tooltip title="Settings (Ctrl+,)">
        <IconButton color="inherit" aria-label="Settings" aria-keyshortcuts="Control+Comma" onClick={() => setOpen(true)}>
          <SettingsOutlinedIcon />
        </IconButton>
      </Tooltip>
      {open && settings && (
        <LazyBoundary fallback={<DialogLoading />}>
          <SettingsDialog api={api} settings={settings} onClose={() => setOpen(false)} />
        </LazyBoundary>
      )}
    </>
  );
}
