import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { acceptActionSchema, type DealEdits, type Referral } from '../../../../shared/domain';
import { errorFields, errorMessage } from '../../api/baseQuery';
import { useActMutation } from '../../api/workspaceApi';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';
import { fromDateInput, toDateInput } from '../../format/dates';
import { messagesFromIssues, messagesFromServer, type FieldMessages } from './formErrors';

type Form = Required<Record<keyof DealEdits, string>>;
const fieldNames = ['name', 'dealValue', 'currency', 'closingDateTime', 'notes', 'externalReferenceId', 'campaignId'] as const;

function formOf(r: Referral): Form {
  return {
    name: r.name,
    dealValue: r.details.dealValue,
    currency: r.details.currency,
    closingDateTime: toDateInput(r.details.closingDateTime),
    notes: r.details.notes,
    externalReferenceId: r.externalReferenceId,
    campaignId: r.campaignId,
  };
}

/** Only what the seller changed goes into the action, so history records just that. */
function editsOf(form: Form, initial: Form): Record<string, string> {
  const edits: Record<string, string> = {};
  for (const key of fieldNames) {
    if (form[key] !== initial[key]) edits[key] = key === 'closingDateTime' ? fromDateInput(form[key]) : form[key];
  }
  return edits;
}

type Props = { referral: Referral; open: boolean; onClose: () => void };

export function AcceptDialog({ referral, open, onClose }: Props) {
  const dispatch = useAppDispatch();
  const [act, { isLoading }] = useActMutation();
  const [initial] = useState(() => formOf(referral));
  const [form, setForm] = useState(initial);
  const [fields, setFields] = useState<FieldMessages>({});
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const parsed = acceptActionSchema.safeParse({ type: 'accept', edits: editsOf(form, initial) });
    if (!parsed.success) return setFields(messagesFromIssues(parsed.error.issues));
    setFields({});
    try {
      await act({ id: referral.id, action: parsed.data }).unwrap();
      dispatch(showNotice({ message: 'Referral accepted' }));
      onClose();
    } catch (error) {
      setServerError(errorMessage(error));
      setFields(messagesFromServer(errorFields(error), fieldNames));
    }
  };

  const field = (key: keyof Form, label: string, extra: { multiline?: boolean; type?: string; required?: boolean } = {}) => (
    <TextField
      label={label}
      value={form[key]}
      onChange={(e) => setForm((f) => ({ ...f, [key]: key === 'currency' ? e.target.value.toUpperCase() : e.target.value }))}
      error={Boolean(fields[key])}
      helperText={fields[key] ?? ' '}
      fullWidth
      size="small"
      required={extra.required}
      type={extra.type}
      multiline={extra.multiline}
      minRows={extra.multiline ? 3 : undefined}
      slotProps={extra.type === 'date' ? { inputLabel: { shrink: true } } : undefined}
    />
  );

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="accept-dialog-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="accept-dialog-title">Accept referral</DialogTitle>
        <DialogContent>
          <Stack spacing={0.5} sx={{ pt: 1 }}>
            {serverError && <Alert severity="error" sx={{ mb: 1.5 }}>{serverError}</Alert>}
            {field('name', 'Deal name', { required: true })}
            <Stack direction="row" spacing={1.5}>
              {field('dealValue', 'Estimated value', { required: true })}
              <Stack sx={{ width: 160, flexShrink: 0 }}>{field('currency', 'Currency', { required: true })}</Stack>
            </Stack>
            {field('closingDateTime', 'Estimated close date', { type: 'date', required: true })}
            <Stack direction="row" spacing={1.5}>
              {field('externalReferenceId', 'CRM ID')}
              {field('campaignId', 'Marketing campaign ID')}
            </Stack>
            {field('notes', 'Notes', { multiline: true })}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" loading={isLoading}>Accept referral</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
