import AccountCircleOutlinedIcon from '@mui/icons-material/AccountCircleOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSignIn } from './useSignIn';

/**
 * Settings › Work account: who is signed in and for which service address, where the sign-in is kept, and
 * Sign in / Sign out / Cancel. The token itself never reaches the page.
 */
export function SignInSection() {
  const { t } = useTranslation('account');
  const { state, signIn, cancel, signOut, busy, blockedUrl, openBlocked } = useSignIn();
  if (!state) return null;
  const { status, account } = state;
  return (
    <Stack spacing={1} component="section" aria-labelledby="account-heading">
      <Typography id="account-heading" variant="body2" sx={{ fontWeight: 600 }}>
        {t('workAccount')}
      </Typography>
      {account && status !== 'signingIn' && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <AccountCircleOutlinedIcon color={status === 'needsSignIn' ? 'warning' : 'action'} aria-hidden />
          <div>
            <Typography variant="body2">{account.name}</Typography>
            <Typography variant="caption" color="text.secondary">
              {account.username}
            </Typography>
          </div>
        </Stack>
      )}
      <Alert severity={status === 'needsSignIn' ? 'warning' : status === 'signedIn' ? 'success' : 'info'} variant="outlined">
        {state.say
          ? t(`message.${state.say.message}`, {
              name: account?.name ?? '',
              username: account?.username ?? '',
              origin: state.serviceOrigin ?? t('theService'),
            })
          : state.message}
        {blockedUrl && (
          <>
            {' '}
            <Link component="button" variant="body2" onClick={openBlocked}>
              {t('openSignInPage')}
            </Link>
          </>
        )}
      </Alert>
      {(status === 'signedIn' || status === 'needsSignIn') && (
        <Typography variant="caption" color="text.secondary">
          {state.say ? t(`storage.${state.say.storage}`) : state.storage}
        </Typography>
      )}
      <Stack direction="row" spacing={1}>
        {(status === 'signedOut' || status === 'needsSignIn') && (
          <Button variant="contained" size="small" onClick={signIn} disabled={busy}>
            {status === 'needsSignIn' ? t('signInAgain') : t('signIn')}
          </Button>
        )}
        {status === 'signingIn' && (
          <Button size="small" onClick={cancel}>
            {t('cancelSignIn')}
          </Button>
        )}
        {(status === 'signedIn' || status === 'needsSignIn') && (
          <Button size="small" onClick={signOut} disabled={busy}>
            {t('signOut')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
