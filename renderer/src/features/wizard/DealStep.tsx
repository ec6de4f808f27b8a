import Box from '@mui/material/Box';
import type { Control } from 'react-hook-form';
import type { NewDeal } from '../../../../shared/domain';
import { CurrencyField } from '../forms/CurrencyField';
import { FormTextField } from '../forms/FormTextField';
import type { WizardForm } from './wizardForm';

const words = {
  name: 'Deal name',
  value: 'Estimated value',
  valueHint: 'For example 25000 or 25000.50',
  closeDate: 'Estimated close date',
  chooseCloseDate: 'Choose the estimated close date',
  crmId: 'CRM ID',
  campaignId: 'Marketing campaign ID',
  notes: 'Notes',
};

/** Step 2: deal name, value with currency and close date (mandatory); CRM ID, campaign ID and notes (optional). */
export function DealStep({ control }: { control: Control<WizardForm, unknown, NewDeal> }) {
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }}>
      <FormTextField control={control} name="name" label={words.name} required />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr 1fr' }, columnGap: 1.5 }}>
        <FormTextField control={control} name="dealValue" label={words.value} hint={words.valueHint} required />
        <CurrencyField control={control} name="currency" />
        <FormTextField
          control={control}
          name="closingDateTime"
          label={words.closeDate}
          type="date"
          required
          emptyMessage={words.chooseCloseDate}
        />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 1.5 }}>
        <FormTextField control={control} name="externalReferenceId" label={words.crmId} />
        <FormTextField control={control} name="campaignId" label={words.campaignId} />
      </Box>
      <FormTextField control={control} name="notes" label={words.notes} multiline minRows={4} />
    </Box>
  );
}
