import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { UseFormReturn } from 'react-hook-form';
import { errorMessage } from '../../api/baseQuery';
import { FormTextField } from '../forms/FormTextField';
import type { SettingsForm, SettingsFormOutput } from '../settings/settingsForm';
import { useSetTokenMutation, useTokenStateQuery } from './syncApi';

type Props = { form: UseFormReturn<SettingsForm, unknown, SettingsFormOutput> };

const words = {
  label: 'Service sign-in token',
  replace: 'Paste a new token to replace the saved one',
  paste: 'Paste the token from your administrator',
  remove: 'Remove saved token',
};

/**
 * The service's sign-in token in Settings: typed here, saved by the dialog's Save (before the address, so an
 * address saved next connects with it), never shown again — main only says whether one is saved and how it is
 * protected. "Remove saved token" acts at once.
 */
export function ServiceTokenField({ form }: Props) {
  const { data: state } = useTokenStateQuery();
  const [setToken, { isLoading }] = useSetTokenMutation();
  const remove = () => {
    form.clearErrors('token');
    setToken('')
      .unwrap()
      .catch((e: unknown) => form.setError('token', { type: 'server', message: errorMessage(e) }));
  };
  const canRemove = state?.hasToken && state.kept !== 'launch';
  return (
    <Stack spacing={0.5}>
      <FormTextField
        control={form.control}
        name="token"
        label={words.label}
        type="password"
        autoComplete="off"
        placeholder={state?.hasToken ? words.replace : words.paste}
        hint={state?.description}
        htmlInput={{ spellCheck: false }}
      />
      {canRemove && (
        <Button size="small" onClick={remove} disabled={isLoading} sx={{ alignSelf: 'flex-start' }}>
          {words.remove}
        </Button>
      )}
    </Stack>
  );
}
