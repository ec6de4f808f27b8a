import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { fieldMessage } from './formMessages';
import { useTranslation } from 'react-i18next';

const common = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'INR', 'BRL'];

/** ISO 4217 codes the runtime knows, the common ones first. */
const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : common;
const currencyCodes: readonly string[] = [...common, ...all.filter((c) => !common.includes(c))];

type Props<T extends FieldValues, Out> = {
  control: Control<T, unknown, Out>;
  name: FieldPathByValue<T, string>;
  label?: string;
  disabled?: boolean;
};

/** A currency code of a form: pick from the ISO 4217 list or type one (checked by the shared schema, not here). */
export function CurrencyField<T extends FieldValues, Out>({ control, name, label, disabled }: Props<T, Out>) {
  const { t } = useTranslation('forms');
  const { field, fieldState } = useController({ control, name });
  const value = typeof field.value === 'string' ? field.value : '';
  const message = fieldMessage(fieldState.error, value, t('chooseCurrency'));
  return (
    <Autocomplete
      freeSolo
      autoSelect
      disableClearable
      disabled={disabled}
      options={currencyCodes}
      value={value}
      inputValue={value}
      onInputChange={(_e, text) => field.onChange(text.toUpperCase().slice(0, 3))}
      onChange={(_e, next) => field.onChange(next.toUpperCase())}
      onBlur={field.onBlur}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={field.ref}
          label={label ?? t('currency')}
          required
          size="small"
          error={Boolean(message)}
          helperText={message ?? ' '}
        />
      )}
    />
  );
}
