import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { declineActionSchema, loseActionSchema, type Referral } from '../../../../shared/domain';
import { closeReasonOptions } from '../forms/choices';
import { FormTextField } from '../forms/FormTextField';
import { formSchema } from '../forms/formSchema';
import { ActionDialog } from './ActionDialog';
import { useActionForm } from './useActionForm';

type Kind = 'decline' | 'lose';
type Props = { referral: Referral; kind: Kind; onClose: () => void };

const words = {
  decline: {
    title: 'Decline referral',
    submit: 'Decline referral',
    done: 'Referral declined',
    explain: (r: Referral) => `“${r.name}” moves to Archived and ${r.senderName || 'the sender'} is told on the next sync.`,
  },
  lose: {
    title: 'Mark deal as lost',
    submit: 'Mark as lost',
    done: 'Deal marked as lost',
    explain: (r: Referral) => `“${r.name}” moves to Archived as Lost. Archived deals are read-only: this cannot be undone.`,
  },
  reason: 'Reason',
  notes: 'Notes',
  notesForOthers: 'Required when the reason is Others',
  notesOptional: 'Optional',
} as const;

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
  const { form, submit, frame } = useActionForm(referral.id, schemas[kind], { reason: '', notes: '' }, onClose);
  const reason = useWatch({ control: form.control, name: 'reason' });
  const w = words[kind];

  return (
    <ActionDialog {...frame} title={w.title} submitLabel={w.submit} submitColor="error" onSubmit={submit(w.done)}>
      <DialogContentText sx={{ mb: 2 }}>{w.explain(referral)}</DialogContentText>
      <Stack spacing={1}>
        <FormTextField control={form.control} name="reason" label={words.reason} options={closeReasonOptions} required />
        <FormTextField
          control={form.control}
          name="notes"
          label={words.notes}
          hint={reason === 'Others' ? words.notesForOthers : words.notesOptional}
          required={reason === 'Others'}
          multiline
        />
      </Stack>
    </ActionDialog>
  );
}
