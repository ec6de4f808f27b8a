import Stack from '@mui/material/Stack';
import type { Control } from 'react-hook-form';
import { CurrencyField } from '../forms/CurrencyField';
import { FormTextField } from '../forms/FormTextField';
import type { DealForm, DealFormOutput } from './dealForm';
import { useTranslation } from 'react-i18next';

/** Deal name, value and currency, close date, CRM and campaign IDs, notes: the editable deal fields. */
export function DealFields({ control }: { control: Control<DealForm, unknown, DealFormOutput> }) {
  const { t } = useTranslation('detail');
  return (
    <Stack spacing={0.5}>
      <FormTextField control={control} name="edits.name" label={t('deal.name')} required />
      <Stack direction="row" spacing={1.5}>
        <FormTextField control={control} name="edits.dealValue" label={t('deal.value')} required />
        <Stack sx={{ width: 160, flexShrink: 0 }}>
          <CurrencyField control={control} name="edits.currency" />
        </Stack>
      </Stack>
      <FormTextField
        control={control}
        name="edits.closingDateTime"
        label={t('deal.closeDate')}
        type="date"
        required
        emptyMessage={t('deal.chooseCloseDate')}
      />
      <Stack direction="row" spacing={1.5}>
        <FormTextField control={control} name="edits.externalReferenceId" label={t('deal.crmId')} />
        <FormTextField control={control} name="edits.campaignId" label={t('deal.campaignId')} />
      </Stack>
      <FormTextField control={control} name="edits.notes" label={t('deal.notes')} multiline />
    </Stack>
  );
}
