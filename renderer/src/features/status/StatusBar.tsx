import CloudDoneOutlinedIcon from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import CloudUploadOutlinedIcon from '@mui/icons-material/CloudUploadOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import SyncIcon from '@mui/icons-material/Sync';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/baseQuery';
import { useAppInfoQuery, useSyncNowMutation, useSyncStatusQuery } from '../../api/workspaceApi';
import { useAppDispatch } from '../../app/hooks';
import { DialogLoading, LazyBoundary, lazyPanel, useOpenedOnce } from '../../app/lazyPanel';
import { showNotice } from '../../app/workspaceSlice';
import { useFormat } from '../../i18n';
import { AccountChip } from '../account/AccountChip';
import { ConflictChip } from '../sync/ConflictChip';

/** Loaded when first opened (its own chunk; App preloads it when idle). */
export const SyncErrorDialog = lazyPanel(() => import('./SyncErrorDialog').then((m) => m.SyncErrorDialog));

const text = {
  variant: 'caption',
  color: 'text.secondary',
  sx: { display: 'flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' },
} as const;

/** Online/offline (or the service out of reach), last successful sync, changes waiting to be sent, and the last sync error, openable. */
export function StatusBar() {
  const { t } = useTranslation('list');
  const fmt = useFormat();
  const dispatch = useAppDispatch();
  const { data: status } = useSyncStatusQuery();
  const { data: info } = useAppInfoQuery();
  const [syncNow, { isLoading: starting }] = useSyncNowMutation();
  const [errorOpen, setErrorOpen] = useState(false);
  const errorOpened = useOpenedOnce(errorOpen);

  const sync = () => {
    syncNow()
      .unwrap()
      .catch((error: unknown) => dispatch(showNotice({ message: errorMessage(error), severity: 'error' })));
  };
  const syncing = Boolean(status?.syncing) || starting;
  // Online only says the computer has a network; the last pass may still have failed to reach the service.
  const connection = !status?.online ? 'offline' : status.unreachable ? 'unreachable' : 'online';

  return (
    <Box
      component="footer"
      aria-label={t('status.label')}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1.5,
        px: 2,
        minHeight: 32,
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    >
      {status ? (
        <>
          <Typography
            {...text}
            color={connection === 'online' ? 'success.main' : connection === 'unreachable' ? 'warning.dark' : 'text.secondary'}
          >
            {connection === 'online' ? <CloudDoneOutlinedIcon fontSize="inherit" /> : <CloudOffOutlinedIcon fontSize="inherit" />}
            {t(`status.${connection}`)}
          </Typography>
          <Divider orientation="vertical" flexItem />
          <Typography {...text}>
            {syncing && <CircularProgress size={10} aria-hidden />}
            {syncing
              ? t('status.syncing')
              : t('status.lastSync', { when: status.lastSyncAt ? fmt.dateTime(status.lastSyncAt) : t('status.never') })}
          </Typography>
          <Divider orientation="vertical" flexItem />
          <Typography {...text} role="status">
            {status.pendingChanges > 0 && <CloudUploadOutlinedIcon fontSize="inherit" aria-hidden />}
            {t('status.waiting', { count: status.pendingChanges })}
          </Typography>
          {!status.serviceConfigured && (
            <>
              <Divider orientation="vertical" flexItem />
              <Typography {...text}>{t('status.noService')}</Typography>
            </>
          )}
          {status.lastError && (
            <Button size="small" color="error" startIcon={<ErrorOutlineIcon />} onClick={() => setErrorOpen(true)} sx={{ py: 0 }}>
              {t('status.syncError')}
            </Button>
          )}
          <ConflictChip status={status} />
          <Button
            size="small"
            startIcon={<SyncIcon />}
            onClick={sync}
            disabled={syncing || !status.online || !status.serviceConfigured}
            sx={{ py: 0 }}
          >
            {t('status.syncNow')}
          </Button>
        </>
      ) : (
        <Typography {...text}>{t('status.checking')}</Typography>
      )}
      <Box sx={{ flex: 1 }} />
      <AccountChip />
      {info && (
        <Typography {...text}>
          {info.transport === 'web' ? t('status.versionWeb', { version: info.version }) : t('status.version', { version: info.version })}
        </Typography>
      )}
      {status?.lastError && errorOpened && (
        <LazyBoundary fallback={<DialogLoading />}>
          <SyncErrorDialog error={status.lastError} open={errorOpen} onClose={() => setErrorOpen(false)} />
        </LazyBoundary>
      )}
    </Box>
  );
}
