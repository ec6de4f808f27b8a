import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Api } from '../../../../shared/ipc';
import type { Settings } from '../../../../shared/settings';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';
import { ManagedSettingsSection } from '../account/ManagedSettingsSection';
import { SignInSection } from '../account/SignInSection';
import { NotificationSettings } from './NotificationSettings';
import { settingsClientFor } from './settingsClient';
import { draftOf, fieldMessages, patchOf, validateDraft, type SettingsDraft } from './settingsForm';

type Props = { api: Api; settings: Settings; onClose: () => void };

/**
 * Settings (SPEC F4, F5, F7): service address and work account, notifications, close to tray, theme, language,
 * and (read-only) what IT preset. Checked
 * here with the shared schema, then again in main; a refusal shows its message at the field.
 */
export function SettingsDialog({ api, settings, onClose }: Props) {
  const dispatch = useAppDispatch();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const edit = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    const local = validateDraft(settings, draft);
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    const r = await settingsClientFor(api).save(patchOf(draft));
    setSaving(false);
    if (r.ok) {
      dispatch(showNotice({ message: 'Settings saved' }));
      onClose();
      return;
    }
    const fields = fieldMessages(r.error.fields);
    setErrors(fields);
    if (Object.keys(fields).length === 0) setFailure(r.error.message);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="settings-title">
      <DialogTitle id="settings-title">Settings</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2.5}>
          {failure && <Alert severity="error">{failure}</Alert>}
          <TextField
            label="Referrals service address"
            placeholder="https://api.partnercenter.microsoft.com"
            value={draft.serviceUrl}
            onChange={(e) => edit({ serviceUrl: e.target.value })}
            error={Boolean(errors.serviceUrl)}
            helperText={
              errors.serviceUrl ??
              'Leave empty to work offline only. Another address signs you out: your sign-in is only ever sent to the address it was made for.'
            }
          />
          <SignInSection />
          <Divider />
          <NotificationSettings value={draft.notifications} onChange={(notifications) => edit({ notifications })} errors={errors} />
          <Divider />
          <FormControlLabel
            control={<Switch checked={draft.closeToTray} onChange={(e) => edit({ closeToTray: e.target.checked })} />}
            label="Keep running in the tray when the window is closed (desktop app)"
          />
          <Stack spacing={0.5}>
            <Typography id="theme-label" variant="body2" sx={{ fontWeight: 600 }}>
              Theme
            </Typography>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={draft.theme}
              aria-labelledby="theme-label"
              onChange={(_e, theme: Settings['theme'] | null) => theme && edit({ theme })}
            >
              <ToggleButton value="system">System</ToggleButton>
              <ToggleButton value="light">Light</ToggleButton>
              <ToggleButton value="dark">Dark</ToggleButton>
            </ToggleButtonGroup>
          </Stack>
          <TextField
            select
            label="Language"
            value={draft.language}
            sx={{ maxWidth: 240 }}
            onChange={(e) => edit({ language: e.target.value as Settings['language'] })}
            error={Boolean(errors.language)}
            helperText={errors.language ?? 'The interface is in English for now; Russian comes in a later version.'}
          >
            <MenuItem value="en">English</MenuItem>
            {/* Not offered until the interface is translated: choosing it would change nothing. */}
            <MenuItem value="ru" disabled>
              Русский (later version)
            </MenuItem>
          </TextField>
          <Divider />
          <ManagedSettingsSection />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void save()} disabled={saving}>
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
