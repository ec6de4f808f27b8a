import Box from '@mui/material/Box';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NewDeal } from '../../../../shared/domain';
import { CurrencyField } from '../forms/CurrencyField';
import { FormDateField } from '../forms/FormDateField';
import { FormTextField } from '../forms/FormTextField';
import type { WizardForm } from './wizardForm';

/** Step 2: deal name, value with currency and close date (mandatory); CRM ID, campaign ID and notes (optional). */
export function DealStep({ control }: { control: Control<WizardForm, unknown, NewDeal> }) {
  const { t } = useTranslation('wizard');
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }}>
      <FormTextField control={control} name="name" label={t('dealName')} required />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr 1fr' }, columnGap: 1.5 }}>
        <FormTextField control={control} name="dealValue" label={t('value')} hint={t('valueHint')} required />
        <CurrencyField control={control} name="currency" />
        <FormDateField control={control} name="closingDateTime" label={t('closeDate')} required emptyMessage={t('chooseCloseDate')} />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 1.5 }}>
        <FormTextField control={control} name="externalReferenceId" label={t('crmId')} />
        <FormTextField control={control} name="campaignId" label={t('campaignId')} />
      </Box>
      <FormTextField control={control} name="notes" label={t('notes')} multiline minRows={4} />
    </Box>
  );
}
