import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  title: string;
  submitLabel: string;
  onSubmit: () => void | Promise<void>;
  onClose: () => void;
  busy?: boolean;
  /** The main process's refusal, shown above the fields. */
  serverError?: string | null;
  submitColor?: 'primary' | 'error' | 'success';
  submitDisabled?: boolean;
  maxWidth?: 'xs' | 'sm' | 'md';
  /** Extra buttons left of Cancel (e.g. "Mark won without registration"). */
  extraActions?: ReactNode;
  children: ReactNode;
};

/** The frame every action dialog shares: a form, its title, the refusal if any, Cancel and the action. */
export function ActionDialog(props: Props) {
  const { t } = useTranslation();
  const {
    title,
    submitLabel,
    onSubmit,
    onClose,
    busy,
    serverError,
    submitColor = 'primary',
    submitDisabled,
    maxWidth = 'sm',
    extraActions,
    children,
  } = props;
  const titleId = useId();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth={maxWidth} aria-labelledby={titleId}>
      {/* The form is the paper's flex child, so the fields scroll and the buttons stay in view. */}
      <form onSubmit={submit} noValidate style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {/* Room above the first outlined field, whose label sits on its top border. */}
          <Box sx={{ pt: 1 }}>
            {serverError && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {serverError}
              </Alert>
            )}
            {children}
          </Box>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          {extraActions}
          <Button onClick={onClose} disabled={busy}>
            {t('cancel')}
          </Button>
          <Button type="submit" variant="contained" color={submitColor} loading={busy} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
