import { sayFieldMessage } from '../../i18n';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useFormState, type Control } from 'react-hook-form';
import type { Solution } from '../../../../shared/domain';
import { CurrencyField } from '../forms/CurrencyField';
import { FormDateField } from '../forms/FormDateField';
import { FormTextField } from '../forms/FormTextField';
import type { WinAction, WinForm } from './registrationForm';
import { useTranslation } from 'react-i18next';

type Props = { control: Control<WinForm, unknown, WinAction>; solutions: readonly Solution[]; disabled: boolean };

/** Contract value and currency, start/end/sign dates, term in months, and deployment details per eligible solution. */
export function RegistrationFields({ control, solutions, disabled }: Props) {
  const { t } = useTranslation('detail');
  const { errors } = useFormState({ control, name: 'registration.deployments' });
  // A message about the deployments as a whole (each deployment's own shows at its field).
  const deployments = errors.registration?.deployments;
  const listMessage = deployments?.root?.message ?? deployments?.message;
  const field = { control, required: true, disabled };
  return (
    <Box component="fieldset" disabled={disabled} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Box component="legend" sx={{ typography: 'h3', color: 'text.secondary', mb: 1.5, p: 0 }}>
        {t('reg.legend')}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 1.5 }}>
        <FormTextField {...field} name="registration.contractValue" label={t('reg.contractValue')} />
        <CurrencyField control={control} name="registration.currency" label={t('reg.currency')} disabled={disabled} />
        <FormTextField
          {...field}
          name="registration.termMonths"
          label={t('reg.term')}
          type="number"
          htmlInput={{ min: 1, max: 120, step: 1 }}
        />
        <FormDateField {...field} name="registration.startDate" label={t('reg.startDate')} emptyMessage={t('reg.chooseStart')} />
        <FormDateField {...field} name="registration.endDate" label={t('reg.endDate')} emptyMessage={t('reg.chooseEnd')} />
        <FormDateField {...field} name="registration.signDate" label={t('reg.signDate')} emptyMessage={t('reg.chooseSign')} />
      </Box>
      {listMessage && (
        <Typography color="error" variant="body2" sx={{ mb: 1 }}>
          {sayFieldMessage(listMessage)}
        </Typography>
      )}
      {solutions.map((s, i) => (
        <FormTextField
          {...field}
          key={s.id}
          name={`registration.deployments.${i}.deploymentDetails`}
          label={t('reg.deployment', { solution: s.name })}
          hint={t('reg.deploymentHint')}
          multiline
          minRows={2}
          sx={{ mb: 1 }}
        />
      ))}
    </Box>
  );
}
