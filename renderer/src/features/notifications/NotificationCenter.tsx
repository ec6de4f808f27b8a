import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectDeal } from '../../app/workspaceSlice';
import { notificationDone } from './notificationsSlice';
import { useModalDialogOpen } from './useModalDialogOpen';
import { useTranslation } from 'react-i18next';

/** Long enough to read and act on; the timer pauses while the pointer is on it or the window is in the background. */
export const IN_APP_NOTIFICATION_MS = 20_000;

/**
 * The in-app messages for notifications the web host sent (the notifications slice holds them; a page allowed
 * to show Web Notifications never queues any). One at a time, each gone after IN_APP_NOTIFICATION_MS unless
 * opened or dismissed first; a click on Open opens the deal. While a modal dialog is open they wait: shown under
 * it they would be hidden (and time out unseen) behind the full-screen wizard; shown over it they would cover its buttons.
 */
export function NotificationCenter() {
  const { t } = useTranslation('list');
  const dispatch = useAppDispatch();
  const queue = useAppSelector((state) => state.notifications.queue);

  const dialogOpen = useModalDialogOpen();
  const current = dialogOpen ? undefined : queue[0];
  const next = () => {
    if (current) dispatch(notificationDone(current.id));
  };
  const open = () => {
    if (current?.referralId) dispatch(selectDeal(current.referralId));
    next();
  };

  return (
    <Snackbar
      key={current?.id}
      open={Boolean(current)}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      autoHideDuration={IN_APP_NOTIFICATION_MS}
      onClose={(_event, reason) => reason !== 'clickaway' && next()}
      sx={{ zIndex: (theme) => theme.zIndex.modal - 1 }}
    >
      {current ? (
        <Alert
          severity="info"
          variant="filled"
          role="alert"
          sx={{ maxWidth: 440 }}
          data-testid="in-app-notification"
          action={
            <>
              {current.referralId && (
                <Button color="inherit" size="small" onClick={open}>
                  {t('note.open')}
                </Button>
              )}
              <IconButton color="inherit" size="small" aria-label={t('note.dismiss')} onClick={next}>
                <CloseIcon fontSize="small" />
              </IconButton>
            </>
          }
        >
          <AlertTitle>{current.title}</AlertTitle>
          {current.body}
          {queue.length > 1 ? ` (${queue.length - 1} more waiting)` : ''}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
