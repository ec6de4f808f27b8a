import Stack from '@mui/material/Stack';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isPastCloseDate, localDateOf, PAST_CLOSE_DATE_WARNING } from '../../../../shared/domain';
import { fromDateInput } from '../../format/dates';
import { CurrencyField } from '../forms/CurrencyField';
import { FormTextField } from '../forms/FormTextField';
import type { DealForm, DealFormOutput } from './dealForm';

/** Deal name, value and currency, close date, CRM and campaign IDs, notes: the editable deal fields. */
export function DealFields({ control }: { control: Control<DealForm, unknown, DealFormOutput> }) {
  const { t } = useTranslation('localOnly');
  // A past close date is kept on an existing deal (it may be slipping), but said: a new deal refuses it.
  const closeDate = useWatch({ control, name: 'edits.closingDateTime' });
  const pastWarning = /^\d{4}-\d{2}-\d{2}$/.test(closeDate) && isPastCloseDate(fromDateInput(closeDate), localDateOf(new Date()));
  return (
    <Stack spacing={0.5}>
      {/* The deal already exists on the service, which keeps its name from creation (wire/toWire.ts). */}
      <FormTextField control={control} name="edits.name" label="Deal name" required hint={t('dealName')} />
      <Stack direction="row" spacing={1.5}>
        <FormTextField control={control} name="edits.dealValue" label="Estimated value" required />
        <Stack sx={{ width: 160, flexShrink: 0 }}>
          <CurrencyField control={control} name="edits.currency" />
        </Stack>
      </Stack>
      <FormTextField
        control={control}
        name="edits.closingDateTime"
        label="Estimated close date"
        type="date"
        required
        emptyMessage="Choose the estimated close date"
        hint={pastWarning ? PAST_CLOSE_DATE_WARNING : undefined}
        sx={pastWarning ? { '& .MuiFormHelperText-root': { color: 'warning.dark' } } : undefined}
      />
      <Stack direction="row" spacing={1.5}>
        <FormTextField control={control} name="edits.externalReferenceId" label="CRM ID" />
        <FormTextField control={control} name="edits.campaignId" label="Marketing campaign ID" />
      </Stack>
      <FormTextField control={control} name="edits.notes" label="Notes" multiline />
    </Stack>
  );
}
