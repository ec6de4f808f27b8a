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
import { useController, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import { firstMessage } from '../forms/formMessages';
import { FormSwitch } from '../forms/FormSwitch';
import { FormTimeField } from '../forms/FormTimeField';
import { addThreshold, thresholdLabel, type SettingsForm, type SettingsFormOutput, type ThresholdProblem } from './settingsForm';

type Props = { form: UseFormReturn<SettingsForm, unknown, SettingsFormOutput> };

const kinds = ['expiringReferrals', 'newInbound', 'helpAnswers', 'conflicts'] as const;

/** Notification switches, expiry thresholds as chips of hours, and quiet hours. */
export function NotificationSettings({ form }: Props) {
  const { t } = useTranslation('alerts');
  const fmt = useFormat();
  const { control } = form;
  const enabled = useWatch({ control, name: 'notifications.enabled' });
  const quiet = useWatch({ control, name: 'notifications.quietHours' });
  const thresholds = useController({ control, name: 'notifications.thresholdsHours' });
  const list = thresholds.field.value;
  const thresholdsError = firstMessage(thresholds.fieldState.error);
  const [hoursText, setHoursText] = useState('');
  const [hoursError, setHoursError] = useState<{ problem: ThresholdProblem; hours: string } | null>(null);
  const add = () => {
    const r = addThreshold(list, hoursText);
    setHoursError(r.error && { problem: r.error, hours: hoursText.trim() });
    if (!r.error) {
      thresholds.field.onChange(r.list);
      setHoursText('');
    }
  };

  return (
    <Stack spacing={1.5} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="h3" sx={{ mb: 0.5 }}>
        {t('legend')}
      </Typography>
      <FormSwitch control={control} name="notifications.enabled" label={t('enabled')} />
      <Box sx={{ pl: 2, display: 'grid' }}>
        {kinds.map((key) => (
          <FormSwitch key={key} control={control} name={`notifications.${key}`} label={t(`kind.${key}`)} size="small" disabled={!enabled} />
        ))}
      </Box>

      <Box role="group" aria-labelledby="thresholds-label">
        <Typography id="thresholds-label" variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
          {t('thresholds')}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
          {list.map((h) => (
            <Chip key={h} label={thresholdLabel(t, fmt, h)} onDelete={() => thresholds.field.onChange(list.filter((x) => x !== h))} />
          ))}
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          {/* Not a field of the form: what is typed here joins the list (above) only when added. */}
          <TextField
            size="small"
            label={t('hours')}
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
            helperText={hoursError ? t(hoursError.problem, { hours: t('hoursShort', { count: Number(hoursError.hours) }) }) : ' '}
          />
          <Button variant="outlined" onClick={add} sx={{ mt: 0.25 }}>
            {t('add')}
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
              onChange={(e) => form.setValue('notifications.quietHours', e.target.checked ? { start: '22:00', end: '07:00' } : null)}
            />
          }
          label={t('quiet')}
        />
        {quiet && (
          <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
            <FormTimeField
              control={control}
              name="notifications.quietHours.start"
              label={t('from')}
              emptyMessage={t('quietTimeEmpty')}
              sx={{ width: 160 }}
            />
            <FormTimeField
              control={control}
              name="notifications.quietHours.end"
              label={t('until')}
              emptyMessage={t('quietTimeEmpty')}
              sx={{ width: 160 }}
            />
          </Stack>
        )}
      </Box>
    </Stack>
  );
}
