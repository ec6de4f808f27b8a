import Box from '@mui/material/Box';
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { contactKeys, type ContactKey } from './contactForm';
import { FormTextField } from './FormTextField';
import { useTranslation } from 'react-i18next';

type Props<T extends FieldValues, Out> = {
  control: Control<T, unknown, Out>;
  /** Where the four fields sit in the form: `contactPaths()` at its top, `contactPaths('customerContact')` under a key. */
  names: Record<ContactKey, FieldPathByValue<T, string>>;
  /** All four are mandatory for team members, optional as a whole for the customer contact. */
  required?: boolean;
  disabled?: boolean;
};

const types: Partial<Record<ContactKey, string>> = { phoneNumber: 'tel', email: 'email' };

/** First name, last name, phone and email in a two-column grid, each with its message underneath. */
export function ContactFields<T extends FieldValues, Out>({ control, names, required, disabled }: Props<T, Out>) {
  const { t } = useTranslation('forms');
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 1.5 }}>
      {contactKeys.map((key) => (
        <FormTextField
          key={key}
          control={control}
          name={names[key]}
          label={t(`contact.${key}`)}
          type={types[key]}
          required={required}
          disabled={disabled}
          autoComplete="off"
        />
      ))}
    </Box>
  );
}
