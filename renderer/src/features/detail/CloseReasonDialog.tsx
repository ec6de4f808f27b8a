import DialogContentText from '@mui/material/DialogContentText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { closeReasonLabels, closeReasonSchema, declineActionSchema, loseActionSchema, type Referral } from '../../../../shared/domain';
import { ActionDialog } from './ActionDialog';
import { messagesFromIssues, type FieldMessages } from './formErrors';
import { useAct } from './useAct';

type Kind = 'decline' | 'lose';
type Props = { referral: Referral; kind: Kind; onClose: () => void };

const words: Record<Kind, { title: string; submit: string; done: string }> = {
  decline: { title: 'Decline referral', submit: 'Decline referral', done: 'Referral declined' },
  lose: { title: 'Mark deal as lost', submit: 'Mark as lost', done: 'Deal marked as lost' },
};

/**
 * Decline (Received) or Lost (Accepted): a reason from the SPEC's list is mandatory, notes optional except
 * for "Others" (SPEC F1). Checked with the shared schema before anything is sent.
 */
export function CloseReasonDialog({ referral, kind, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [notes, setNotes] = useState('');
  const [fields, setFields] = useState<FieldMessages>({});
  const { send, busy, serverError, serverFields } = useAct(referral.id, ['reason', 'notes'], onClose);
  const errors = { ...fields, ...serverFields };

  const submit = async () => {
    const schema = kind === 'decline' ? declineActionSchema : loseActionSchema;
    const parsed = schema.safeParse({ type: kind, reason: reason || undefined, ...(notes.trim() ? { notes } : {}) });
    if (!parsed.success) {
      setFields(messagesFromIssues(parsed.error.issues));
      return;
    }
    setFields({});
    await send(parsed.data, words[kind].done);
  };

  return (
    <ActionDialog
      title={words[kind].title}
      submitLabel={words[kind].submit}
      submitColor="error"
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      serverError={serverError}
    >
      <DialogContentText sx={{ mb: 2 }}>
        {kind === 'decline'
          ? `“${referral.name}” moves to Archived and ${referral.senderName || 'the sender'} is told on the next sync.`
          : `“${referral.name}” moves to Archived as Lost. Archived deals are read-only: this cannot be undone.`}
      </DialogContentText>
      <Stack spacing={1}>
        <TextField
          select
          label="Reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={Boolean(errors.reason)}
          helperText={errors.reason ?? ' '}
          required
          fullWidth
          size="small"
        >
          {closeReasonSchema.options.map((value) => (
            <MenuItem key={value} value={value}>
              {closeReasonLabels[value]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Notes"
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          error={Boolean(errors.notes)}
          helperText={errors.notes ?? (reason === 'Others' ? 'Required when the reason is Others' : 'Optional')}
          required={reason === 'Others'}
          multiline
          minRows={3}
          fullWidth
          size="small"
        />
      </Stack>
    </ActionDialog>
  );
}
