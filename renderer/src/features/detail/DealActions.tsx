import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { allowedActions, closeReasonLabels, expiryOf, type ReferralDetail } from '../../../../shared/domain';
import { useNow } from '../../app/useNow';
import { formatDateTime } from '../../format/dates';
import { AcceptDialog } from './AcceptDialog';
import { DeclineDialog } from './DeclineDialog';

type Props = { detail: ReferralDetail };

/** Only what the stage allows is clickable (shared `allowedActions`); Archived is read-only. */
export function DealActions({ detail }: Props) {
  const { referral, stage } = detail;
  const now = useNow();
  const [dialog, setDialog] = useState<'accept' | 'decline' | null>(null);
  const close = () => setDialog(null);

  if (stage === 'archived') {
    return (
      <Alert severity="info" variant="outlined">
        <AlertTitle>Archived deals are read-only</AlertTitle>
        Outcome: {referral.substatus}
        {referral.statusReason && <> · Reason: {closeReasonLabels[referral.statusReason]}</>}
        {referral.statusReasonNotes && <> · “{referral.statusReasonNotes}”</>}
      </Alert>
    );
  }

  const allowed = allowedActions[stage];
  const canAnswer = stage === 'received' && referral.direction === 'inbound';
  if (canAnswer && Date.parse(expiryOf(referral)) <= now) {
    return (
      <Alert severity="warning" variant="outlined">
        This referral expired on {formatDateTime(expiryOf(referral))} and can no longer be accepted or declined. It moves to Archived shortly.
      </Alert>
    );
  }
  if (!canAnswer) return null;

  return (
    <>
      <Stack direction="row" spacing={1}>
        {allowed.includes('accept') && (
          <Button variant="contained" onClick={() => setDialog('accept')}>Accept</Button>
        )}
        {allowed.includes('decline') && (
          <Button variant="outlined" color="error" onClick={() => setDialog('decline')}>Decline</Button>
        )}
      </Stack>
      {dialog === 'accept' && <AcceptDialog referral={referral} open onClose={close} />}
      {dialog === 'decline' && <DeclineDialog referral={referral} open onClose={close} />}
    </>
  );
}
