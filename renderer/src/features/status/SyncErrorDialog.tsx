import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { SyncStatus } from '../../../../shared/ipc';
import { formatDateTime } from '../../format/dates';

type Props = { error: NonNullable<SyncStatus['lastError']>; open: boolean; onClose: () => void };

/** What the service said the last time sync failed, in full. */
export function SyncErrorDialog({ error, open, onClose }: Props) {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="sync-error-title">
      <DialogTitle id="sync-error-title">Sync error</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>{error.message}</DialogContentText>
        <DialogContentText variant="caption">{formatDateTime(error.at)}</DialogContentText>
        {error.details && (
          <Box
            component="pre"
            sx={{
              mt: 2,
              p: 1.5,
              bgcolor: 'action.hover',
              borderRadius: 1,
              fontSize: 12,
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
              maxHeight: 320,
              overflow: 'auto',
            }}
          >
            {error.details}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
