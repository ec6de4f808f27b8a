import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Api } from '../../../../shared/ipc';
import { errorFields, errorMessage } from '../../api/baseQuery';
import { useSetTokenMutation, useTokenStateQuery } from './syncApi';

type Props = { value: string; onChange: (value: string) => void; error?: string };

/**
 * The service's sign-in token in Settings: typed here, saved by the dialog's Save (saveServiceToken), never
 * shown again — main only says whether one is saved and how it is protected. "Remove saved token" acts at once.
 */
export function ServiceTokenField({ value, onChange, error }: Props) {
  const { data: state } = useTokenStateQuery();
  const [setToken, { isLoading }] = useSetTokenMutation();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const remove = () => {
    setRemoveError(null);
    setToken('')
      .unwrap()
      .catch((e: unknown) => setRemoveError(errorMessage(e)));
  };
  const canRemove = state?.hasToken && state.kept !== 'launch';
  return (
    <Stack spacing={0.5}>
      <TextField
        label="Service sign-in token"
        type="password"
        autoComplete="off"
        value={value}
        placeholder={state?.hasToken ? 'Paste a new token to replace the saved one' : 'Paste the token from your administrator'}
        onChange={(e) => onChange(e.target.value)}
        error={Boolean(error ?? removeError)}
        helperText={error ?? removeError ?? state?.description ?? ' '}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      {canRemove && (
        <Button size="small" onClick={remove} disabled={isLoading} sx={{ alignSelf: 'flex-start' }}>
          Remove saved token
        </Button>
      )}
    </Stack>
  );
}

/** Saves a typed token through sync:setToken; the message for the field when it is refused, else null. Empty: nothing to do. */
export async function saveServiceToken(api: Api, token: string): Promise<string | null> {
  if (token.trim() === '') return null;
  const r = await api.invoke('sync:setToken', { token });
  if (r.ok) return null;
  return errorFields(r.error).token ?? errorMessage(r.error);
}
