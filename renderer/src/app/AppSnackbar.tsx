import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useAppDispatch, useAppSelector } from './hooks';
import { clearNotice } from './workspaceSlice';

/** One snackbar for the whole app: "Referral accepted", or why something was refused. */
export function AppSnackbar() {
  const dispatch = useAppDispatch();
  const notice = useAppSelector((state) => state.workspace.notice);
  const close = () => dispatch(clearNotice());
  return (
    <Snackbar
      key={notice?.id}
      open={notice !== null}
      autoHideDuration={notice?.severity === 'error' ? 8000 : 4000}
      onClose={(_event, reason) => reason !== 'clickaway' && close()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice ? (
        <Alert severity={notice.severity} variant="filled" onClose={close} sx={{ minWidth: 280 }}>
          {notice.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
