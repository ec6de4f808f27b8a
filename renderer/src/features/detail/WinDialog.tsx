import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { needsRegistration, type Referral } from '../../../../shared/domain';
import { useNow } from '../../app/useNow';
import { formatDateTime } from '../../format/dates';
import { ActionDialog } from './ActionDialog';
import { RegistrationFields } from './RegistrationFields';
import { eligibleSolutions, registrationOpensAt, winFormOf, winFormSchema } from './registrationForm';
import { useActionForm } from './useActionForm';

type Props = { referral: Referral; onClose: () => void };

const words = {
  title: 'Mark deal as won',
  markWon: 'Mark as won',
  markWonAndRegister: 'Mark won and register',
  markWonWithout: 'Mark won without registration',
  wonWithout: 'Won without registration',
  done: 'Deal marked as won',
  doneRegistered: 'Deal marked as won and registered',
  explain: (name: string) => `“${name}” moves to Archived as Won. Archived deals are read-only: this cannot be undone.`,
  tooEarly: (opensAt: string) =>
    `Deal registration opens on ${opensAt}, 72 hours after the deal was created. You can mark the deal won now without registration, or wait until then to register it.`,
};

/**
 * Won. With a registration-eligible solution, Won asks for the deal registration; before 72 hours after
 * the deal was created the registration is closed (SPEC F1), so Won without registration is offered.
 */
export function WinDialog({ referral, onClose }: Props) {
  const now = useNow(30_000);
  const { t } = useTranslation('localOnly');
  const { form, submit, send, frame } = useActionForm(referral.id, winFormSchema, winFormOf(referral), onClose);
  const registers = needsRegistration(referral);
  const opensAt = registrationOpensAt(referral);
  const tooEarly = registers && now < opensAt;

  const winWithout = async () => {
    await send({ type: 'win' }, words.done);
  };

  return (
    <ActionDialog
      {...frame}
      title={words.title}
      submitLabel={registers && !tooEarly ? words.markWonAndRegister : tooEarly ? words.markWonWithout : words.markWon}
      submitColor="success"
      onSubmit={registers && !tooEarly ? submit(words.doneRegistered) : winWithout}
      maxWidth={registers ? 'md' : 'sm'}
      extraActions={
        registers && !tooEarly ? (
          <Button onClick={() => void winWithout()} disabled={frame.busy} sx={{ mr: 'auto' }}>
            {words.wonWithout}
          </Button>
        ) : undefined
      }
    >
      <DialogContentText sx={{ mb: 2 }}>{words.explain(referral.name)}</DialogContentText>
      {tooEarly && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {words.tooEarly(formatDateTime(new Date(opensAt).toISOString()))}
        </Alert>
      )}
      {registers && (
        <>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1.5 }}>
            {t('registration')}
          </Typography>
          <RegistrationFields control={form.control} solutions={eligibleSolutions(referral)} disabled={tooEarly} />
        </>
      )}
    </ActionDialog>
  );
}
