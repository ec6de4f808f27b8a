import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import { useEffect, useMemo, useState } from 'react';
import type { EventPayload } from '../../../../shared/ipc';
import { readWindowApi } from '../../api/windowApi';
import { useAppDispatch } from '../../app/hooks';
import { selectDeal } from '../../app/workspaceSlice';
import { currentPermission, deliveryFor } from './delivery';
import { useModalDialogOpen } from './useModalDialogOpen';

type Shown = EventPayload<'notification:show'>;

/** At most this many wait behind the one on screen; older ones are dropped (the list shows the deals anyway). */
const MAX_WAITING = 5;
/** Long enough to read and act on; the timer pauses while the pointer is on it or the window is in the background. */
export const IN_APP_NOTIFICATION_MS = 20_000;

/**
 * Notifications the web host sends ('notification:show'; the desktop app shows native ones from main).
 * A Web Notification when the page may show them, else a message in the app; either way a click opens
 * the deal. In-app messages show one at a time and go after IN_APP_NOTIFICATION_MS unless opened or
 * dismissed first. While a modal dialog is open they wait: shown under it they would be hidden (and time
 * out unseen) behind the full-screen wizard; shown over it they would cover its buttons.
 */
export function NotificationCenter() {
  const api = useMemo(() => readWindowApi(), []);
  const dispatch = useAppDispatch();
  const [queue, setQueue] = useState<Shown[]>([]);

  useEffect(() => {
    if (!api) return undefined;
    return api.on('notification:show', (n) => {
      if (deliveryFor(currentPermission()) === 'system') {
        const note = new Notification(n.title, { body: n.body, tag: n.id });
        note.onclick = () => {
          window.focus();
          if (n.referralId) dispatch(selectDeal(n.referralId));
          note.close();
        };
        return;
      }
      setQueue((q) => [...q, n].slice(-(MAX_WAITING + 1)));
    });
  }, [api, dispatch]);

  const dialogOpen = useModalDialogOpen();
  const current = dialogOpen ? undefined : queue[0];
  const next = () => setQueue((q) => q.slice(1));
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
                  Open
                </Button>
              )}
              <IconButton color="inherit" size="small" aria-label="Dismiss" onClick={next}>
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
