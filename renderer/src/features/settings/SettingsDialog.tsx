import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useForm } from 'react-hook-form';
import { resolveLanguage } from '../../../../shared/i18n';
import type { Settings } from '../../../../shared/settings';
import { errorMessage } from '../../api/baseQuery';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';
import { i18n, systemLocales } from '../../i18n';
import { ManagedSettingsSection } from '../account/ManagedSettingsSection';
import { SignInSection } from '../account/SignInSection';
import { setServerErrors } from '../forms/formMessages';
import { FormSwitch } from '../forms/FormSwitch';
import { FormTextField, type Option } from '../forms/FormTextField';
import { NotificationSettings } from './NotificationSettings';
import { useSaveSettingsMutation } from './settingsApi';
import { draftOf, settingsFormSchema, type SettingsForm, type SettingsFormOutput } from './settingsForm';

type Props = { settings: Settings; onClose: () => void };

const resolver = zodResolver(settingsFormSchema);

/**
 * Settings (SPEC F4, F5, F7): service address and work account, notifications, close to tray, theme, language,
 * and (read-only) what IT preset. Checked here with the shared schema, then again in main; a refusal shows its
 * message at the field.
 */
export function SettingsDialog({ settings, onClose }: Props) {
  const { t } = useTranslation(['settings', 'common']);
  const languages: Option[] = (['system', 'en', 'ru'] as const).map((value) => ({ value, label: t(`common:language.${value}`) }));
  const dispatch = useAppDispatch();
  const [saveSettings] = useSaveSettingsMutation();
  const form = useForm<SettingsForm, unknown, SettingsFormOutput>({ defaultValues: draftOf(settings), resolver });
  const [failure, setFailure] = useState<string | null>(null);
  const { control } = form;

  const save = form.handleSubmit(async (patch) => {
    setFailure(null);
    try {
      const saved = await saveSettings(patch).unwrap();
      // Said in the language just saved: the window switches to it at once.
      const language = resolveLanguage(saved.language, systemLocales());
      dispatch(showNotice({ message: i18n.getFixedT(language, 'settings')('saved') }));
      onClose();
    } catch (error) {
      if (setServerErrors(form, error, 'settings.').length === 0) setFailure(errorMessage(error));
    }
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="settings-title">
      <DialogTitle id="settings-title">{t('title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2.5}>
          {failure && <Alert severity="error">{failure}</Alert>}
          <FormTextField
            control={control}
            name="serviceUrl"
            label={t('serviceUrl')}
            placeholder="https://api.partnercenter.microsoft.com"
            hint={t('serviceUrlHint')}
          />
          <SignInSection />
          <Divider />
          <NotificationSettings form={form} />
          <Divider />
          <FormSwitch control={control} name="closeToTray" label={t('closeToTray')} />
          <Stack spacing={0.5}>
            <Typography id="theme-label" variant="body2" sx={{ fontWeight: 600 }}>
              {t('theme')}
            </Typography>
            <Controller
              control={control}
              name="theme"
              render={({ field }) => (
                <ToggleButtonGroup
                  exclusive
                  size="small"
                  value={field.value}
                  aria-labelledby="theme-label"
                  onChange={(_e, theme: Settings['theme'] | null) => theme && field.onChange(theme)}
                >
                  {(['system', 'light', 'dark'] as const).map((theme) => (
                    <ToggleButton key={theme} value={theme}>
                      {t(`theme.${theme}`)}
                    </ToggleButton>
                  ))}
                </ToggleButtonGroup>
              )}
            />
          </Stack>
          <FormTextField
            control={control}
            name="language"
            label={t('language')}
            options={languages}
            hint={t('languageHint')}
            sx={{ maxWidth: 240 }}
          />
          <Divider />
          <ManagedSettingsSection />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={form.formState.isSubmitting}>
          {t('common:save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
