import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

const common = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'INR', 'BRL'];

/** ISO 4217 codes the runtime knows, the common ones first. */
const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : common;
const currencyCodes: readonly string[] = [...common, ...all.filter((c) => !common.includes(c))];

type Props = { value: string; onChange: (code: string) => void; error?: string; label?: string; id?: string };

/** A currency code: pick from the ISO 4217 list or type one (checked by the shared schema, not here). */
export function CurrencyField({ value, onChange, error, label = 'Currency', id }: Props) {
  return (
    <Autocomplete
      id={id}
      freeSolo
      autoSelect
      disableClearable
      options={currencyCodes}
      value={value}
      inputValue={value}
      onInputChange={(_e, text) => onChange(text.toUpperCase().slice(0, 3))}
      onChange={(_e, next) => onChange(next.toUpperCase())}
      renderInput={(params) => (
        <TextField {...params} label={label} required size="small" error={Boolean(error)} helperText={error ?? ' '} />
      )}
    />
  );
}
