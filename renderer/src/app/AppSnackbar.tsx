import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import CloseIcon from '@mui/icons-material/Close';
import { errorMessage } from '../api/baseQuery';
import { useActMutation, useSetFavoriteMutation } from '../api/workspaceApi';
import { useTranslation } from 'react-i18next';
import { useAppDispatch, useAppSelector } from './hooks';
import { clearNotice, restoreFilters, showNotice, type Undo } from './workspaceSlice';

/**
 * One snackbar for the whole app: "Referral accepted", or why something was refused. A reversible action
 * ("Removed from favorites", "Filters cleared", "Bob Ortiz was removed from the team") offers Undo, which puts things
 * back as they were (a team member comes back at the end of the team).
 */
export function AppSnackbar() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const notice = useAppSelector((state) => state.workspace.notice);
  const [setFavorite] = useSetFavoriteMutation();
  const [act] = useActMutation();
  const close = () => dispatch(clearNotice());
  const undo = (u: Undo) => {
    close();
    if (u.kind === 'filters') {
      dispatch(restoreFilters({ filters: u.filters, stages: u.stages }));
      return;
    }
    const done =
      u.kind === 'favorite'
        ? setFavorite({ id: u.id, favorite: u.favorite }).unwrap()
        : act({ id: u.id, action: { type: 'addTeamMember', member: u.member } }).unwrap();
    done.catch((error: unknown) => dispatch(showNotice({ message: errorMessage(error), severity: 'error' })));
  };
  return (
    <Snackbar
      key={notice?.id}
      open={notice !== null}
      autoHideDuration={notice?.severity === 'error' ? 8000 : notice?.undo ? 8000 : 4000}
      onClose={(_event, reason) => reason !== 'clickaway' && close()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice ? (
        <Alert
          severity={notice.severity}
          variant="filled"
          onClose={close}
          sx={{ minWidth: 280, alignItems: 'center' }}
          action={
            notice.undo ? (
              <>
                <Button color="inherit" size="small" onClick={() => notice.undo && undo(notice.undo)} sx={{ fontWeight: 700 }}>
                  {t('undo')}
                </Button>
                <IconButton color="inherit" size="small" aria-label={t('close')} onClick={close}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              </>
            ) : undefined
          }
        >
          {notice.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
