import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { declineActionSchema, loseActionSchema, type Referral } from '../../../../shared/domain';
import { useCloseReasonOptions } from '../forms/choices';
import { FormTextField } from '../forms/FormTextField';
import { formSchema } from '../forms/formSchema';
import { ActionDialog } from './ActionDialog';
import { useActionForm } from './useActionForm';
import { useTranslation } from 'react-i18next';

type Kind = 'decline' | 'lose';
type Props = { referral: Referral; kind: Kind; onClose: () => void };

/** The form as typed (no reason chosen yet is ''), then the shared decline or lose action schema. */
const formOf = (kind: Kind) =>
  formSchema(
    z.object({ reason: z.string(), notes: z.string() }),
    ({ reason, notes }) => ({ type: kind, reason: reason || undefined, ...(notes.trim() ? { notes } : {}) }),
    kind === 'decline' ? declineActionSchema : loseActionSchema,
  );
const schemas = { decline: formOf('decline'), lose: formOf('lose') };

/**
 * Decline (Received) or Lost (Accepted): a reason from the SPEC's list is mandatory, notes optional except
 * for "Others" (SPEC F1). Checked with the shared schema before anything is sent.
 */
export function CloseReasonDialog({ referral, kind, onClose }: Props) {
  const { t } = useTranslation('detail');
  const closeReasonOptions = useCloseReasonOptions();
  const { form, submit, frame } = useActionForm(referral.id, schemas[kind], { reason: '', notes: '' }, onClose);
  const reason = useWatch({ control: form.control, name: 'reason' });

  return (
    <ActionDialog
      {...frame}
      title={t(`${kind}Dialog.title`)}
      submitLabel={t(`${kind}Dialog.submit`)}
      submitColor="error"
      onSubmit={submit(t(`${kind}Dialog.done`))}
    >
      <DialogContentText sx={{ mb: 2 }}>
        {kind === 'decline'
          ? t('declineDialog.explain', { name: referral.name, sender: referral.senderName || t('declineDialog.theSender') })
          : t('loseDialog.explain', { name: referral.name })}
      </DialogContentText>
      <Stack spacing={1}>
        <FormTextField control={form.control} name="reason" label={t('reasonDialog.reason')} options={closeReasonOptions} required />
        <FormTextField
          control={form.control}
          name="notes"
          label={t('reasonDialog.notes')}
          hint={reason === 'Others' ? t('reasonDialog.notesForOthers') : t('reasonDialog.notesOptional')}
          required={reason === 'Others'}
          multiline
        />
      </Stack>
    </ActionDialog>
  );
}
