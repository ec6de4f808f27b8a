import AccountCircleOutlinedIcon from '@mui/icons-material/AccountCircleOutlined';
import LoginIcon from '@mui/icons-material/Login';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useSignIn } from './useSignIn';
import { useTranslation } from 'react-i18next';

const caption = {
  variant: 'caption',
  color: 'text.secondary',
  sx: { display: 'flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' },
} as const;

/**
 * Who is signed in, in the status bar: the account (name and sign-in name), or the one-click way to sign in,
 * or "Sign in again" when the saved sign-in can no longer be renewed (changes stay queued meanwhile).
 */
export function AccountChip() {
  const { t } = useTranslation(['list', 'common']);
  const { state, signIn, cancel, blockedUrl, openBlocked } = useSignIn();
  if (!state) return null;
  switch (state.status) {
    case 'signedIn':
      return (
        <Tooltip title={state.message} describeChild>
          <Typography
            {...caption}
            role="group"
            aria-label={t('account.signedInAs', { name: state.account?.name ?? '', username: state.account?.username ?? '' })}
          >
            <AccountCircleOutlinedIcon fontSize="inherit" aria-hidden />
            {state.account?.name}
            <Typography component="span" variant="caption" color="text.disabled">
              {state.account?.username}
            </Typography>
          </Typography>
        </Tooltip>
      );
    case 'signedOut':
      return (
        <Tooltip title={state.message} describeChild>
          <Button size="small" variant="outlined" startIcon={<LoginIcon />} onClick={signIn} sx={{ py: 0 }}>
            {t('account.signIn')}
          </Button>
        </Tooltip>
      );
    case 'needsSignIn':
      return (
        <Tooltip title={state.message} describeChild>
          <Button size="small" variant="contained" color="warning" startIcon={<WarningAmberIcon />} onClick={signIn} sx={{ py: 0 }}>
            {t('account.signInAgain')}
          </Button>
        </Tooltip>
      );
    case 'signingIn':
      return (
        <Typography {...caption} role="status">
          <CircularProgress size={10} aria-hidden />
          {t('account.signingIn')}
          {blockedUrl && (
            <Link component="button" variant="caption" onClick={openBlocked}>
              {t('account.openPage')}
            </Link>
          )}
          <Button size="small" onClick={cancel} sx={{ py: 0, minWidth: 0 }}>
            {t('common:cancel')}
          </Button>
        </Typography>
      );
    case 'launchToken':
      return (
        <Tooltip title={state.message} describeChild>
          <Typography {...caption}>{t('account.token')}</Typography>
        </Tooltip>
      );
    case 'unavailable':
      // No address: the bar already says "working offline". No preset: say so, quietly.
      return state.serviceOrigin ? (
        <Tooltip title={state.message} describeChild>
          <Typography {...caption}>{t('account.notSetUp')}</Typography>
        </Tooltip>
      ) : null;
  }
}
