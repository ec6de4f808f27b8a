import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import { needsRegistration, type Referral } from '../../../../shared/domain';
import { useNow } from '../../app/useNow';
import { useFormat } from '../../i18n';
import { ActionDialog } from './ActionDialog';
import { RegistrationFields } from './RegistrationFields';
import { eligibleSolutions, registrationOpensAt, winFormOf, winFormSchema } from './registrationForm';
import { useActionForm } from './useActionForm';
import { useTranslation } from 'react-i18next';

type Props = { referral: Referral; onClose: () => void };

/**
 * Won. With a registration-eligible solution, Won asks for the deal registration; before 72 hours after
 * the deal was created the registration is closed (SPEC F1), so Won without registration is offered.
 */
export function WinDialog({ referral, onClose }: Props) {
  const { t } = useTranslation('detail');
  const fmt = useFormat();
  const now = useNow(30_000);
  const { form, submit, send, frame } = useActionForm(referral.id, winFormSchema, winFormOf(referral), onClose);
  const registers = needsRegistration(referral);
  const opensAt = registrationOpensAt(referral);
  const tooEarly = registers && now < opensAt;

  const winWithout = async () => {
    await send({ type: 'win' }, t('winDialog.done'));
  };

  return (
    <ActionDialog
      {...frame}
      title={t('winDialog.title')}
      submitLabel={
        registers && !tooEarly ? t('winDialog.markWonAndRegister') : tooEarly ? t('winDialog.markWonWithout') : t('winDialog.markWon')
      }
      submitColor="success"
      onSubmit={registers && !tooEarly ? submit(t('winDialog.doneRegistered')) : winWithout}
      maxWidth={registers ? 'md' : 'sm'}
      extraActions={
        registers && !tooEarly ? (
          <Button onClick={() => void winWithout()} disabled={frame.busy} sx={{ mr: 'auto' }}>
            {t('winDialog.wonWithout')}
          </Button>
        ) : undefined
      }
    >
      <DialogContentText sx={{ mb: 2 }}>{t('winDialog.explain', { name: referral.name })}</DialogContentText>
      {tooEarly && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('winDialog.tooEarly', { date: fmt.dateTime(new Date(opensAt).toISOString()) })}
        </Alert>
      )}
      {registers && <RegistrationFields control={form.control} solutions={eligibleSolutions(referral)} disabled={tooEarly} />}
    </ActionDialog>
  );
}
