import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { FieldMessages } from '../detail/formErrors';
import { CurrencyField } from '../forms/CurrencyField';
import type { WizardForm } from './wizardForm';

type Props = { form: WizardForm; update: (patch: Partial<WizardForm>) => void; errors: FieldMessages };
type TextKey = 'name' | 'dealValue' | 'closeDate' | 'externalReferenceId' | 'campaignId' | 'notes';

/** Error paths of newDealSchema for the fields whose form names differ. */
const errorKey: Partial<Record<TextKey, string>> = { closeDate: 'closingDateTime' };

/** Step 2: deal name, value with currency and close date (mandatory); CRM ID, campaign ID and notes (optional). */
export function DealStep({ form, update, errors }: Props) {
  const field = (key: TextKey, label: string, extra: { required?: boolean; type?: string; multiline?: boolean; hint?: string } = {}) => {
    const message = errors[errorKey[key] ?? key];
    return (
      <TextField
        label={label}
        value={form[key]}
        onChange={(e) => update({ [key]: e.target.value })}
        error={Boolean(message)}
        helperText={message ?? extra.hint ?? ' '}
        required={extra.required}
        type={extra.type}
        multiline={extra.multiline}
        minRows={extra.multiline ? 4 : undefined}
        size="small"
        fullWidth
        slotProps={extra.type === 'date' ? { inputLabel: { shrink: true } } : undefined}
      />
    );
  };
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }}>
      {field('name', 'Deal name', { required: true })}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr 1fr' }, columnGap: 1.5 }}>
        {field('dealValue', 'Estimated value', { required: true, hint: 'For example 25000 or 25000.50' })}
        <CurrencyField value={form.currency} onChange={(currency) => update({ currency })} error={errors.currency} />
        {field('closeDate', 'Estimated close date', { required: true, type: 'date' })}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 1.5 }}>
        {field('externalReferenceId', 'CRM ID')}
        {field('campaignId', 'Marketing campaign ID')}
      </Box>
      {field('notes', 'Notes', { multiline: true })}
    </Box>
  );
}
