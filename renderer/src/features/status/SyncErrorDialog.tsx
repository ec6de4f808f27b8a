import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/ipc';
import { useErrorWords, useFormat } from '../../i18n';

type Props = { error: NonNullable<SyncStatus['lastError']>; open: boolean; onClose: () => void };

/**
 * What the service said the last time sync failed, in full: main's headline as its key and params (said in the
 * language shown), the service's own words in the details as they came.
 */
export function SyncErrorDialog({ error, open, onClose }: Props) {
  const { t } = useTranslation('common');
  const { sayError } = useErrorWords();
  const fmt = useFormat();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="sync-error-title">
      <DialogTitle id="sync-error-title">{t('syncState.error')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>{sayError(error)}</DialogContentText>
        <DialogContentText variant="caption">{fmt.dateTime(error.at)}</DialogContentText>
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
        <Button onClick={onClose}>{t('close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
