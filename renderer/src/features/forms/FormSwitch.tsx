import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import type { SxProps, Theme } from '@mui/material/styles';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';

type Props<T extends FieldValues, Out> = {
  control: Control<T, unknown, Out>;
  name: FieldPathByValue<T, boolean>;
  label: string;
  disabled?: boolean;
  size?: 'small' | 'medium';
  sx?: SxProps<Theme>;
};

/** One on/off setting of a react-hook-form form, labelled (the label is its accessible name). */
export function FormSwitch<T extends FieldValues, Out>({ control, name, label, disabled, size, sx }: Props<T, Out>) {
  const { field } = useController({ control, name });
  return (
    <FormControlLabel
      sx={sx}
      disabled={disabled}
      label={label}
      control={
        <Switch
          size={size ?? 'medium'}
          name={field.name}
          checked={field.value === true}
          onChange={(e) => field.onChange(e.target.checked)}
          onBlur={field.onBlur}
        />
      }
    />
  );
}
