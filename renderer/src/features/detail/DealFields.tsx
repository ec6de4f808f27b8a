import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { CurrencyField } from '../forms/CurrencyField';
import type { DealForm } from './dealForm';
import type { FieldMessages } from './formErrors';

type Props = { form: DealForm; onChange: (next: DealForm) => void; errors: FieldMessages };

/** Deal name, value and currency, close date, CRM and campaign IDs, notes: the editable deal fields. */
export function DealFields({ form, onChange, errors }: Props) {
  const field = (key: keyof DealForm, label: string, extra: { multiline?: boolean; type?: string; required?: boolean } = {}) => (
    <TextField
      label={label}
      value={form[key]}
      onChange={(e) => onChange({ ...form, [key]: e.target.value })}
      error={Boolean(errors[key])}
      helperText={errors[key] ?? ' '}
      fullWidth
      size="small"
      required={extra.required}
      type={extra.type}
      multiline={extra.multiline}
      minRows={extra.multiline ? 3 : undefined}
      slotProps={extra.type === 'date' ? { inputLabel: { shrink: true } } : undefined}
    />
  );
  return (
    <Stack spacing={0.5}>
      {field('name', 'Deal name', { required: true })}
      <Stack direction="row" spacing={1.5}>
        {field('dealValue', 'Estimated value', { required: true })}
        <Stack sx={{ width: 160, flexShrink: 0 }}>
          <CurrencyField value={form.currency} onChange={(currency) => onChange({ ...form, currency })} error={errors.currency} />
        </Stack>
      </Stack>
      {field('closingDateTime', 'Estimated close date', { type: 'date', required: true })}
      <Stack direction="row" spacing={1.5}>
        {field('externalReferenceId', 'CRM ID')}
        {field('campaignId', 'Marketing campaign ID')}
      </Stack>
      {field('notes', 'Notes', { multiline: true })}
    </Stack>
  );
}
