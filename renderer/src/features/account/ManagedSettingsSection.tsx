import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PresetSource } from '../../../../shared/ipc';
import { useErrorWords } from '../../i18n';
import { useManagedSettingsQuery } from './authApi';

/**
 * Settings › Set by your IT department: the sign-in authority and the update server, read-only. The page can
 * never change them: they decide where your sign-in goes and what the app installs.
 */
export function ManagedSettingsSection() {
  const { t } = useTranslation('account');
  const { data: managed } = useManagedSettingsQuery();
  // Each problem is encoded words (IT's own file names and values inside, as they are), said in the language shown.
  const { sayMessage } = useErrorWords();
  const from = (source: PresetSource | null) =>
    source === 'policy' ? t('fromPolicy') : source === 'environment' ? t('fromEnvironment') : '';
  if (!managed) return null;
  const readOnly = { htmlInput: { readOnly: true } };
  return (
    <Stack spacing={1.5} component="section" aria-labelledby="managed-heading">
      <Typography id="managed-heading" variant="body2" sx={{ fontWeight: 600 }}>
        {t('managed')}
      </Typography>
      <TextField
        label={t('authority')}
        size="small"
        value={managed.signIn.authority ?? t('notSetUp')}
        helperText={managed.signIn.configured ? from(managed.signIn.source) : t('signInNotSetUp')}
        slotProps={readOnly}
      />
      <TextField
        label={t('updateServer')}
        size="small"
        value={managed.update.url ?? t('none')}
        helperText={
          managed.update.noteKey
            ? t(`updatesOff.${managed.update.noteKey}`, { url: managed.update.url ?? '' })
            : (managed.update.note ?? from(managed.update.source))
        }
        slotProps={readOnly}
      />
      {managed.problems.map((problem) => (
        <Alert key={problem} severity="warning" variant="outlined">
          {sayMessage(problem)}
        </Alert>
      ))}
    </Stack>
  );
}
