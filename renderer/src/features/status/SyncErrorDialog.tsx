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
 * language shown), and the details: each other cause's sentence in the language shown, the service's own words as
 * they came. A main without `causes` sends the details as one English text.
 */
export function SyncErrorDialog({ error, open, onClose }: Props) {
  const { t } = useTranslation('common');
  const { sayError, sayMessage } = useErrorWords();
  const fmt = useFormat();
  const details = error.causes
    ? error.causes
        .map((cause) => [...(cause.key ? [sayError(cause)] : []), ...cause.lines.map(sayMessage)].join('\n'))
        .filter(Boolean)
        .join('\n\n')
    : error.details;
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="sync-error-title">
      <DialogTitle id="sync-error-title">{t('syncState.error')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>{sayError(error)}</DialogContentText>
        <DialogContentText variant="caption">{fmt.dateTime(error.at)}</DialogContentText>
        {details && (
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
            {details}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
