import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { closeReasonLabels, closeReasonSchema, declineActionSchema, type Referral } from '../../../../shared/domain';
import { errorFields, errorMessage } from '../../api/baseQuery';
import { useActMutation } from '../../api/workspaceApi';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';
import { messagesFromIssues, messagesFromServer, type FieldMessages } from './formErrors';

type Props = { referral: Referral; open: boolean; onClose: () => void };

/** Decline needs a reason; notes are optional except for "Others" (SPEC F1), checked with the shared schema. */
export function DeclineDialog({ referral, open, onClose }: Props) {
  const dispatch = useAppDispatch();
  const [act, { isLoading }] = useActMutation();
  const [reason, setReason] = useState('');
  const [notes, setNotes] = useState('');
  const [fields, setFields] = useState<FieldMessages>({});
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const parsed = declineActionSchema.safeParse({ type: 'decline', reason: reason || undefined, ...(notes.trim() ? { notes } : {}) });
    if (!parsed.success) return setFields(messagesFromIssues(parsed.error.issues));
    setFields({});
    try {
      await act({ id: referral.id, action: parsed.data }).unwrap();
      dispatch(showNotice({ message: 'Referral declined' }));
      onClose();
    } catch (error) {
      setServerError(errorMessage(error));
      setFields(messagesFromServer(errorFields(error), ['reason', 'notes']));
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="decline-dialog-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="decline-dialog-title">Decline referral</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            “{referral.name}” moves to Archived and {referral.senderName || 'the sender'} is told on the next sync.
          </DialogContentText>
          <Stack spacing={1}>
            {serverError && <Alert severity="error">{serverError}</Alert>}
            <TextField
              select
              label="Reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={Boolean(fields.reason)}
              helperText={fields.reason ?? ' '}
              required
              fullWidth
              size="small"
            >
              {closeReasonSchema.options.map((value) => (
                <MenuItem key={value} value={value}>{closeReasonLabels[value]}</MenuItem>
              ))}
            </TextField>
            <TextField
              label="Notes"
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              error={Boolean(fields.notes)}
              helperText={fields.notes ?? (reason === 'Others' ? 'Required when the reason is Others' : 'Optional')}
              required={reason === 'Others'}
              multiline
              minRows={3}
              fullWidth
              size="small"
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" color="error" loading={isLoading}>Decline referral</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
