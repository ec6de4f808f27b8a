import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { PresetSource } from '../../../../shared/ipc';
import { useManagedSettingsQuery } from './authApi';

const from = (source: PresetSource | null) =>
  source === 'policy'
    ? 'Set in the policy file by your IT department.'
    : source === 'environment'
      ? 'Set by your IT department (environment).'
      : '';

/**
 * Settings › Set by your IT department: the sign-in authority and the update server, read-only. The page can
 * never change them: they decide where your sign-in goes and what the app installs.
 */
export function ManagedSettingsSection() {
  const { data: managed } = useManagedSettingsQuery();
  if (!managed) return null;
  const readOnly = { htmlInput: { readOnly: true } };
  return (
    <Stack spacing={1.5} component="section" aria-labelledby="managed-heading">
      <Typography id="managed-heading" variant="body2" sx={{ fontWeight: 600 }}>
        Set by your IT department
      </Typography>
      <TextField
        label="Sign-in authority"
        size="small"
        value={managed.signIn.authority ?? 'Not set up'}
        helperText={managed.signIn.configured ? from(managed.signIn.source) : 'Sign-in is not set up on this computer yet.'}
        slotProps={readOnly}
      />
      <TextField
        label="Update server"
        size="small"
        value={managed.update.url ?? 'None'}
        helperText={managed.update.note ?? from(managed.update.source)}
        slotProps={readOnly}
      />
      {managed.problems.map((problem) => (
        <Alert key={problem} severity="warning" variant="outlined">
          {problem}
        </Alert>
      ))}
    </Stack>
  );
}
