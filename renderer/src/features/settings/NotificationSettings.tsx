import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Settings } from '../../../../shared/settings';
import { addThreshold, messageAt, thresholdLabel } from './settingsForm';

type Notifications = Settings['notifications'];
type Props = { value: Notifications; onChange: (next: Notifications) => void; errors: Record<string, string> };

const kinds = [
  { key: 'expiringReferrals', label: 'Referrals about to expire' },
  { key: 'newInbound', label: 'New inbound referrals' },
  { key: 'helpAnswers', label: "Microsoft's answers to help requests" },
  { key: 'conflicts', label: 'Changes that need your decision' },
] as const;

/** Notification switches, expiry thresholds as chips of hours, and quiet hours. */
export function NotificationSettings({ value, onChange, errors }: Props) {
  const [hoursText, setHoursText] = useState('');
  const [hoursError, setHoursError] = useState<string | null>(null);
  const set = (patch: Partial<Notifications>) => onChange({ ...value, ...patch });
  const thresholdsError = messageAt(errors, 'notifications.thresholdsHours');
  const add = () => {
    const r = addThreshold(value.thresholdsHours, hoursText);
    setHoursError(r.error);
    if (!r.error) {
      set({ thresholdsHours: r.list });
      setHoursText('');
    }
  };
  const quiet = value.quietHours;

  return (
    <Stack spacing={1.5} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="h3" sx={{ mb: 0.5 }}>
        Notifications
      </Typography>
      <FormControlLabel
        control={<Switch checked={value.enabled} onChange={(e) => set({ enabled: e.target.checked })} />}
        label="Show notifications"
      />
      <Box sx={{ pl: 2, display: 'grid' }}>
        {kinds.map(({ key, label }) => (
          <FormControlLabel
            key={key}
            disabled={!value.enabled}
            control={<Switch size="small" checked={value[key]} onChange={(e) => set({ [key]: e.target.checked })} />}
            label={label}
          />
        ))}
      </Box>

      <Box role="group" aria-labelledby="thresholds-label">
        <Typography id="thresholds-label" variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
          Remind me before a referral expires
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
          {value.thresholdsHours.map((h) => (
            <Chip
              key={h}
              label={thresholdLabel(h)}
              onDelete={() => set({ thresholdsHours: value.thresholdsHours.filter((x) => x !== h) })}
            />
          ))}
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label="Hours before expiry"
            value={hoursText}
            inputMode="numeric"
            sx={{ width: 180 }}
            onChange={(e) => setHoursText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            error={Boolean(hoursError)}
            helperText={hoursError ?? ' '}
          />
          <Button variant="outlined" onClick={add} sx={{ mt: 0.25 }}>
            Add
          </Button>
        </Stack>
        {thresholdsError && <FormHelperText error>{thresholdsError}</FormHelperText>}
      </Box>

      <Box>
        <FormControlLabel
          sx={{ ml: 0 }}
          control={
            <Switch
              checked={quiet !== null}
              onChange={(e) => set({ quietHours: e.target.checked ? { start: '22:00', end: '07:00' } : null })}
            />
          }
          label="Quiet hours (notifications wait until they end)"
        />
        {quiet && (
          <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
            {(['start', 'end'] as const).map((edge) => {
              const message = errors[`notifications.quietHours.${edge}`];
              return (
                <TextField
                  key={edge}
                  size="small"
                  type="time"
                  label={edge === 'start' ? 'From' : 'Until'}
                  value={quiet[edge]}
                  sx={{ width: 160 }}
                  slotProps={{ inputLabel: { shrink: true } }}
                  onChange={(e) => set({ quietHours: { ...quiet, [edge]: e.target.value } })}
                  error={Boolean(message)}
                  helperText={message ?? ' '}
                />
              );
            })}
          </Stack>
        )}
      </Box>
    </Stack>
  );
}
