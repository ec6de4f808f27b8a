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
import { errorMessage } from '../../api/baseQuery';
import { useAppInfoQuery, useSyncNowMutation, useSyncStatusQuery } from '../../api/workspaceApi';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';
import { formatDateTime } from '../../format/dates';
import { plural } from '../../format/values';
import { AccountChip } from '../account/AccountChip';
import { ConflictChip } from '../sync/ConflictChip';
import { SyncErrorDialog } from './SyncErrorDialog';

const text = {
  variant: 'caption',
  color: 'text.secondary',
  sx: { display: 'flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' },
} as const;

const connectionLabels = { online: 'Online', offline: 'Offline', unreachable: "Can't reach the service" } as const;

/** Online/offline (or the service out of reach), last successful sync, changes waiting to be sent, and the last sync error, openable. */
export function StatusBar() {
  const dispatch = useAppDispatch();
  const { data: status } = useSyncStatusQuery();
  const { data: info } = useAppInfoQuery();
  const [syncNow, { isLoading: starting }] = useSyncNowMutation();
  const [errorOpen, setErrorOpen] = useState(false);

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
      aria-label="Sync status"
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
            {connectionLabels[connection]}
          </Typography>
          <Divider orientation="vertical" flexItem />
          <Typography {...text}>
            {syncing && <CircularProgress size={10} aria-hidden />}
            {syncing ? 'Syncing…' : `Last sync: ${status.lastSyncAt ? formatDateTime(status.lastSyncAt) : 'never'}`}
          </Typography>
          <Divider orientation="vertical" flexItem />
          <Typography {...text} role="status">
            {status.pendingChanges > 0 && <CloudUploadOutlinedIcon fontSize="inherit" aria-hidden />}
            {plural(status.pendingChanges, 'change')} waiting to be sent
          </Typography>
          {!status.serviceConfigured && (
            <>
              <Divider orientation="vertical" flexItem />
              <Typography {...text}>Service not set up: working offline</Typography>
            </>
          )}
          {status.lastError && (
            <Button size="small" color="error" startIcon={<ErrorOutlineIcon />} onClick={() => setErrorOpen(true)} sx={{ py: 0 }}>
              Sync error
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
            Sync now
          </Button>
        </>
      ) : (
        <Typography {...text}>Checking sync status…</Typography>
      )}
      <Box sx={{ flex: 1 }} />
      <AccountChip />
      {info && (
        <Typography {...text}>
          Version {info.version}
          {info.transport === 'web' ? ' · web host' : ''}
        </Typography>
      )}
      {status?.lastError && <SyncErrorDialog error={status.lastError} open={errorOpen} onClose={() => setErrorOpen(false)} />}
    </Box>
  );
}
