import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Solution } from '../../../../shared/domain';
import { CurrencyField } from '../forms/CurrencyField';
import type { FieldMessages } from './formErrors';
import type { RegistrationForm } from './registrationForm';

type Props = {
  form: RegistrationForm;
  onChange: (next: RegistrationForm) => void;
  errors: FieldMessages;
  solutions: readonly Solution[];
  disabled: boolean;
};

const dateSlots = { inputLabel: { shrink: true } } as const;

/** Contract value and currency, start/end/sign dates, term in months, and deployment details per eligible solution. */
export function RegistrationFields({ form, onChange, errors, solutions, disabled }: Props) {
  const text = (key: 'contractValue' | 'startDate' | 'endDate' | 'signDate' | 'termMonths', label: string, type?: string) => (
    <TextField
      label={label}
      value={form[key]}
      onChange={(e) => onChange({ ...form, [key]: e.target.value })}
      error={Boolean(errors[key])}
      helperText={errors[key] ?? ' '}
      type={type}
      required
      disabled={disabled}
      size="small"
      fullWidth
      slotProps={type === 'date' ? dateSlots : type === 'number' ? { htmlInput: { min: 1, max: 120, step: 1 } } : undefined}
    />
  );
  return (
    <Box component="fieldset" disabled={disabled} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Box component="legend" sx={{ typography: 'h3', color: 'text.secondary', mb: 1.5, p: 0 }}>
        Deal registration
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 1.5 }}>
        {text('contractValue', 'Contract value')}
        {disabled ? (
          <TextField label="Contract currency" value={form.currency} disabled size="small" helperText=" " />
        ) : (
          <CurrencyField
            label="Contract currency"
            value={form.currency}
            onChange={(currency) => onChange({ ...form, currency })}
            error={errors.currency}
          />
        )}
        {text('termMonths', 'Term (months)', 'number')}
        {text('startDate', 'Start date', 'date')}
        {text('endDate', 'End date', 'date')}
        {text('signDate', 'Sign date', 'date')}
      </Box>
      {errors.deployments && (
        <Typography color="error" variant="body2" sx={{ mb: 1 }}>
          {errors.deployments}
        </Typography>
      )}
      {solutions.map((s, i) => (
        <TextField
          key={s.id}
          label={`Deployment details: ${s.name}`}
          value={form.deployments[s.id] ?? ''}
          onChange={(e) => onChange({ ...form, deployments: { ...form.deployments, [s.id]: e.target.value } })}
          error={Boolean(errors[`deployments.${i}.deploymentDetails`])}
          helperText={errors[`deployments.${i}.deploymentDetails`] ?? 'Where and how it is deployed for this customer'}
          required
          disabled={disabled}
          multiline
          minRows={2}
          size="small"
          fullWidth
          sx={{ mb: 1 }}
        />
      ))}
    </Box>
  );
}
