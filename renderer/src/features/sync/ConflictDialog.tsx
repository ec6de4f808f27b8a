import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { ConflictChoice, ConflictFieldView, ConflictView } from '../../../../shared/ipc';
import { errorMessage } from '../../api/baseQuery';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';
import { fieldLabel } from '../../format/labels';
import { formatConflictValue } from './conflictValues';
import { useConflictsQuery, useResolveConflictMutation } from './syncApi';
import { useTranslation } from 'react-i18next';

type Props = {
  /** One deal's conflict (opened from the deal); without it, every waiting deal in turn (the status bar). */
  referralId?: string;
  onClose: () => void;
};

/**
 * SPEC F4: a deal changed here and on the service, on the same fields. Per field both values side by
 * side, the seller picks one each, "Keep these values" sends the choice (sync:resolveConflict).
 * Closes by itself once nothing is left to decide.
 */
export function ConflictDialog({ referralId, onClose }: Props) {
  const { data: conflicts } = useConflictsQuery();
  // Deals decided here: hidden at once, before the refetched list arrives.
  const [decided, setDecided] = useState<string[]>([]);
  const waiting = (conflicts ?? []).filter((c) => !decided.includes(c.referralId) && (!referralId || c.referralId === referralId));
  const conflict = waiting[0];

  useEffect(() => {
    if (conflicts && !conflict) onClose();
  }, [conflicts, conflict, onClose]);

  if (!conflict) return null;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="conflict-title" aria-describedby="conflict-intro">
      <ConflictForm
        key={conflict.referralId}
        conflict={conflict}
        more={waiting.length - 1}
        onDecided={() => setDecided((d) => [...d, conflict.referralId])}
        onClose={onClose}
      />
    </Dialog>
  );
}

type FormProps = { conflict: ConflictView; more: number; onDecided: () => void; onClose: () => void };

function ConflictForm({ conflict, more, onDecided, onClose }: FormProps) {
  const dispatch = useAppDispatch();
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [resolve, { isLoading }] = useResolveConflictMutation();
  const complete = conflict.fields.every((f) => choices[f.field]);

  const keep = async () => {
    setFailure(null);
    try {
      await resolve({ referralId: conflict.referralId, choices }).unwrap();
      dispatch(showNotice({ message: `Your choice for "${conflict.dealName}" is saved and will be sent to the service.` }));
      onDecided();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <>
      <DialogTitle id="conflict-title">Choose which values to keep</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2.5}>
          <DialogContentText id="conflict-intro">
            <strong>{conflict.dealName}</strong> was changed on this computer and on the referrals service at the same time.
            {conflict.fields.length === 1 ? ' One field differs' : ` ${conflict.fields.length} fields differ`}: choose, for each, the value
            to keep. Everything else was merged already.
          </DialogContentText>
          {failure && <Alert severity="error">{failure}</Alert>}
          {conflict.fields.map((f) => (
            <FieldChoice
              key={f.field}
              field={f}
              currency={conflict.currency}
              value={choices[f.field]}
              onChange={(c) => setChoices((prev) => ({ ...prev, [f.field]: c }))}
            />
          ))}
          {more > 0 && (
            <Typography variant="body2" color="text.secondary">
              {more === 1 ? 'One more deal waits' : `${more} more deals wait`} for a decision after this one.
            </Typography>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {!complete && (
          <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto', pl: 2 }}>
            Choose a value for each field.
          </Typography>
        )}
        <Button onClick={onClose}>Decide later</Button>
        <Button variant="contained" onClick={() => void keep()} disabled={!complete || isLoading}>
          Keep these values
        </Button>
      </DialogActions>
    </>
  );
}

type FieldProps = {
  field: ConflictFieldView;
  currency: string | null;
  value: ConflictChoice | undefined;
  onChange: (choice: ConflictChoice) => void;
};

const sides = [
  { choice: 'local', title: 'Your value', hint: 'changed on this computer' },
  { choice: 'server', title: 'Service value', hint: 'changed on the referrals service' },
] as const;

/** One field: a labelled radio group, the two values next to each other as large targets. */
function FieldChoice({ field, currency, value, onChange }: FieldProps) {
  const { t } = useTranslation();
  const labelId = `conflict-${field.field.replaceAll('.', '-')}`;
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend" id={labelId} sx={{ fontWeight: 600, color: 'text.primary', mb: 1 }}>
        {fieldLabel(t, field.field)}
      </FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        name={field.field}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value as ConflictChoice)}
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1.5 }}
      >
        {sides.map((side) => (
          <FormControlLabel
            key={side.choice}
            value={side.choice}
            control={<Radio sx={{ mt: -0.5 }} />}
            label={
              <Box sx={{ py: 0.5 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {side.title}
                </Typography>
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 0.5 }}>
                  {side.hint}
                </Typography>
                <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 160, overflow: 'auto' }}>
                  {formatConflictValue(field.field, side.choice === 'local' ? field.local : field.server, currency)}
                </Typography>
              </Box>
            }
            sx={{
              m: 0,
              p: 1,
              pr: 2,
              alignItems: 'flex-start',
              border: 1,
              borderRadius: 1,
              borderColor: value === side.choice ? 'primary.main' : 'divider',
              bgcolor: value === side.choice ? 'action.selected' : 'transparent',
            }}
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
