import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import { useState } from 'react';
import { needsRegistration, winActionSchema, type Referral } from '../../../../shared/domain';
import { useNow } from '../../app/useNow';
import { formatDateTime } from '../../format/dates';
import { ActionDialog } from './ActionDialog';
import { messagesByPath, serverMessagesByPath, type FieldMessages } from './formErrors';
import { RegistrationFields } from './RegistrationFields';
import {
  eligibleSolutions,
  registrationCandidate,
  registrationFormOf,
  registrationOpensAt,
  type RegistrationForm,
} from './registrationForm';
import { useAct } from './useAct';

type Props = { referral: Referral; onClose: () => void };

const dateWords = { startDate: 'start date', endDate: 'end date', signDate: 'sign date' } as const;

/** An empty date reads "Choose the end date" rather than the schema's "Enter a valid date and time". */
function plainDates(fields: FieldMessages, form: RegistrationForm): FieldMessages {
  const out = { ...fields };
  for (const [key, words] of Object.entries(dateWords) as [keyof typeof dateWords, string][]) {
    if (out[key] && !form[key]) out[key] = `Choose the ${words}`;
  }
  return out;
}

/**
 * Won. With a registration-eligible solution, Won asks for the deal registration; before 72 hours after
 * the deal was created the registration is closed (SPEC F1), so Won without registration is offered.
 */
export function WinDialog({ referral, onClose }: Props) {
  const now = useNow(30_000);
  const [form, setForm] = useState(() => registrationFormOf(referral));
  const [fields, setFields] = useState<FieldMessages>({});
  const { send, busy, serverError, serverPaths } = useAct(referral.id, [], onClose);
  const registers = needsRegistration(referral);
  const opensAt = registrationOpensAt(referral);
  const tooEarly = registers && now < opensAt;

  const winWithout = () => send({ type: 'win' }, 'Deal marked as won');
  const submit = async () => {
    if (!registers || tooEarly) {
      await winWithout();
      return;
    }
    const parsed = winActionSchema.safeParse({ type: 'win', registration: registrationCandidate(form, referral) });
    if (!parsed.success) {
      setFields(plainDates(messagesByPath(parsed.error.issues, 'registration.'), form));
      return;
    }
    setFields({});
    await send(parsed.data, 'Deal marked as won and registered');
  };

  return (
    <ActionDialog
      title="Mark deal as won"
      submitLabel={registers && !tooEarly ? 'Mark won and register' : tooEarly ? 'Mark won without registration' : 'Mark as won'}
      submitColor="success"
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      serverError={serverError}
      maxWidth={registers ? 'md' : 'sm'}
      extraActions={
        registers && !tooEarly ? (
          <Button onClick={() => void winWithout()} disabled={busy} sx={{ mr: 'auto' }}>
            Won without registration
          </Button>
        ) : undefined
      }
    >
      <DialogContentText sx={{ mb: 2 }}>
        “{referral.name}” moves to Archived as Won. Archived deals are read-only: this cannot be undone.
      </DialogContentText>
      {tooEarly && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Deal registration opens on {formatDateTime(new Date(opensAt).toISOString())}, 72 hours after the deal was created. You can mark
          the deal won now without registration, or wait until then to register it.
        </Alert>
      )}
      {registers && (
        <RegistrationFields
          form={form}
          onChange={setForm}
          errors={{ ...fields, ...serverMessagesByPath(serverPaths, 'action.registration.') }}
          solutions={eligibleSolutions(referral)}
          disabled={tooEarly}
        />
      )}
    </ActionDialog>
  );
}
