import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { FieldMessages } from '../detail/formErrors';
import type { ContactForm } from './contactForm';

type Props = {
  value: ContactForm;
  onChange: (next: ContactForm) => void;
  errors?: FieldMessages;
  /** All four are mandatory for team members, optional as a whole for the customer contact. */
  required?: boolean;
  /** Prefixes the labels when a screen shows two contacts ("Customer contact first name"). */
  labelPrefix?: string;
  disabled?: boolean;
};

const fields: { key: keyof ContactForm; label: string; type?: string }[] = [
  { key: 'firstName', label: 'First name' },
  { key: 'lastName', label: 'Last name' },
  { key: 'phoneNumber', label: 'Phone', type: 'tel' },
  { key: 'email', label: 'Email', type: 'email' },
];

/** First name, last name, phone and email in a two-column grid, each with its message underneath. */
export function ContactFields({ value, onChange, errors = {}, required, labelPrefix, disabled }: Props) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 1.5 }}>
      {fields.map(({ key, label, type }) => (
        <TextField
          key={key}
          label={labelPrefix ? `${labelPrefix} ${label.toLowerCase()}` : label}
          value={value[key]}
          onChange={(e) => onChange({ ...value, [key]: e.target.value })}
          error={Boolean(errors[key])}
          helperText={errors[key] ?? ' '}
          required={required}
          disabled={disabled}
          type={type}
          size="small"
          fullWidth
          autoComplete="off"
        />
      ))}
    </Box>
  );
}
