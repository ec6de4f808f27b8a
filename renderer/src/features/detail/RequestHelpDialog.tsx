import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { z } from 'zod';
import { requestHelpActionSchema, type Referral } from '../../../../shared/domain';
import { useHelpTypeOptions } from '../forms/choices';
import { FormTextField } from '../forms/FormTextField';
import { formSchema } from '../forms/formSchema';
import { ActionDialog } from './ActionDialog';
import { useActionForm } from './useActionForm';
import { useTranslation } from 'react-i18next';

type Props = { referral: Referral; onClose: () => void };

/** The form as typed (no help type chosen yet is ''), then the shared request-help action schema. */
const schema = formSchema(
  z.object({ helpType: z.string(), notes: z.string() }),
  ({ helpType, notes }) => ({ type: 'requestHelp', helpType: helpType || undefined, notes }),
  requestHelpActionSchema,
);

/** Ask Microsoft for help: the deal becomes co-sell, for good (SPEC F1: a co-sell deal is never downgraded). */
export function RequestHelpDialog({ referral, onClose }: Props) {
  const { t } = useTranslation('detail');
  const helpTypeOptions = useHelpTypeOptions();
  const { form, submit, frame } = useActionForm(referral.id, schema, { helpType: '', notes: '' }, onClose);
  return (
    <ActionDialog {...frame} title={t('helpDialog.title')} submitLabel={t('helpDialog.submit')} onSubmit={submit(t('helpDialog.done'))}>
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('helpDialog.explain', { name: referral.name })}
      </Alert>
      <Stack spacing={1}>
        <FormTextField control={form.control} name="helpType" label={t('helpDialog.helpType')} options={helpTypeOptions} required />
        <FormTextField control={form.control} name="notes" label={t('helpDialog.notes')} hint={t('helpDialog.notesHint')} multiline />
      </Stack>
    </ActionDialog>
  );
}
