import Box from '@mui/material/Box';
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { contactKeys, type ContactKey } from './contactForm';
import { FormTextField } from './FormTextField';

type Props<T extends FieldValues, Out> = {
  control: Control<T, unknown, Out>;
  /** Where the four fields sit in the form: `contactPaths()` at its top, `contactPaths('customerContact')` under a key. */
  names: Record<ContactKey, FieldPathByValue<T, string>>;
  /** All four are mandatory for team members, optional as a whole for the customer contact. */
  required?: boolean;
  disabled?: boolean;
};

const words: Record<ContactKey, { label: string; type?: string }> = {
  firstName: { label: 'First name' },
  lastName: { label: 'Last name' },
  phoneNumber: { label: 'Phone', type: 'tel' },
  email: { label: 'Email', type: 'email' },
};

/** First name, last name, phone and email in a two-column grid, each with its message underneath. */
export function ContactFields<T extends FieldValues, Out>({ control, names, required, disabled }: Props<T, Out>) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 1.5 }}>
      {contactKeys.map((key) => (
        <FormTextField
          key={key}
          control={control}
          name={names[key]}
          label={words[key].label}
          type={words[key].type}
          required={required}
          disabled={disabled}
          autoComplete="off"
        />
      ))}
    </Box>
  );
}
