import Stack from '@mui/material/Stack';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isPastCloseDate, localDateOf } from '../../../../shared/domain';
import { fromDateInput } from '../../format/dates';
import { CurrencyField } from '../forms/CurrencyField';
import { FormDateField } from '../forms/FormDateField';
import { FormTextField } from '../forms/FormTextField';
import type { DealForm, DealFormOutput } from './dealForm';

/** Deal name, value and currency, close date, CRM and campaign IDs, notes: the editable deal fields. */
export function DealFields({ control }: { control: Control<DealForm, unknown, DealFormOutput> }) {
  const { t } = useTranslation(['detail', 'localOnly']);
  // A past close date is kept on an existing deal (it may be slipping), but said: a new deal refuses it.
  const closeDate = useWatch({ control, name: 'edits.closingDateTime' });
  const pastWarning = /^\d{4}-\d{2}-\d{2}$/.test(closeDate) && isPastCloseDate(fromDateInput(closeDate), localDateOf(new Date()));
  return (
    <Stack spacing={0.5}>
      {/* The deal already exists on the service, which keeps its name from creation (wire/toWire.ts). */}
      <FormTextField control={control} name="edits.name" label={t('deal.name')} required hint={t('localOnly:dealName')} />
      <Stack direction="row" spacing={1.5}>
        <FormTextField control={control} name="edits.dealValue" label={t('deal.value')} required />
        <Stack sx={{ width: 160, flexShrink: 0 }}>
          <CurrencyField control={control} name="edits.currency" />
        </Stack>
      </Stack>
      <FormDateField
        control={control}
        name="edits.closingDateTime"
        label={t('deal.closeDate')}
        required
        emptyMessage={t('deal.chooseCloseDate')}
        hint={pastWarning ? t('deal.pastCloseDate') : undefined}
        sx={pastWarning ? { '& .MuiFormHelperText-root': { color: 'warning.dark' } } : undefined}
      />
      <Stack direction="row" spacing={1.5}>
        <FormTextField control={control} name="edits.externalReferenceId" label={t('deal.crmId')} />
        <FormTextField control={control} name="edits.campaignId" label={t('deal.campaignId')} />
      </Stack>
      <FormTextField control={control} name="edits.notes" label={t('deal.notes')} multiline />
    </Stack>
  );
}
