import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { helpTypeLabels, helpTypeSchema, requestHelpActionSchema, type Referral } from '../../../../shared/domain';
import { ActionDialog } from './ActionDialog';
import { messagesFromIssues, type FieldMessages } from './formErrors';
import { useAct } from './useAct';

type Props = { referral: Referral; onClose: () => void };

/** Ask Microsoft for help: the deal becomes co-sell, for good (SPEC F1: a co-sell deal is never downgraded). */
export function RequestHelpDialog({ referral, onClose }: Props) {
  const [helpType, setHelpType] = useState('');
  const [notes, setNotes] = useState('');
  const [fields, setFields] = useState<FieldMessages>({});
  const { send, busy, serverError, serverFields } = useAct(referral.id, ['helpType', 'notes'], onClose);
  const errors = { ...fields, ...serverFields };

  const submit = async () => {
    const parsed = requestHelpActionSchema.safeParse({ type: 'requestHelp', helpType: helpType || undefined, notes });
    if (!parsed.success) {
      setFields(messagesFromIssues(parsed.error.issues));
      return;
    }
    setFields({});
    await send(parsed.data, "Microsoft's help requested: the deal is now co-sell");
  };

  return (
    <ActionDialog
      title="Request Microsoft's help"
      submitLabel="Request help"
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      serverError={serverError}
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        “{referral.name}” will be shared with Microsoft sellers and become a co-sell deal. This cannot be undone: a co-sell deal never goes
        back to private pipeline. Microsoft sellers have 14 days to answer; their answer shows on the deal.
      </Alert>
      <Stack spacing={1}>
        <TextField
          select
          label="Help needed"
          value={helpType}
          onChange={(e) => setHelpType(e.target.value)}
          error={Boolean(errors.helpType)}
          helperText={errors.helpType ?? ' '}
          required
          fullWidth
          size="small"
        >
          {helpTypeSchema.options.map((value) => (
            <MenuItem key={value} value={value}>
              {helpTypeLabels[value]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Notes for Microsoft"
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          error={Boolean(errors.notes)}
          helperText={errors.notes ?? 'What the customer needs and how Microsoft can help'}
          multiline
          minRows={3}
          fullWidth
          size="small"
        />
      </Stack>
    </ActionDialog>
  );
}
