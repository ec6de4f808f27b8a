import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Contact, Referral } from '../../../../shared/domain';
import { TeamEditor } from '../forms/TeamEditor';
import { useTeamDraft } from '../forms/useTeamDraft';
import { ActionDialog } from './ActionDialog';
import { DealFields } from './DealFields';
import { useDealForm } from './dealForm';
import { useAct } from './useAct';
import { useTranslation } from 'react-i18next';

type Props = { referral: Referral; onClose: () => void };

/** Accept a Received referral, editing the deal and adding team members in the same step (SPEC F1). */
export function AcceptDialog({ referral, onClose }: Props) {
  const { t } = useTranslation('detail');
  const form = useDealForm(referral);
  const [members, setMembers] = useState<Contact[]>([]);
  const teamDraft = useTeamDraft(referral.team);
  const { send, busy, serverError } = useAct(referral.id, onClose, form);

  const submit = async () => {
    // A person typed but not yet added joins the team too: nobody expects to lose what they typed.
    const team = await teamDraft.take(members);
    if (!team) return;
    setMembers(team);
    await form.handleSubmit(({ edits }) => send({ type: 'accept', edits, addTeam: team }, t('acceptDialog.done')))();
  };

  return (
    <ActionDialog
      title={t('acceptDialog.title')}
      submitLabel={t('acceptDialog.title')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      serverError={serverError}
      maxWidth="md"
    >
      <DealFields control={form.control} />
      <Divider sx={{ my: 2 }} />
      <Typography variant="h3" component="h3" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('acceptDialog.team')}
      </Typography>
      <TeamEditor members={members} onMembersChange={setMembers} draft={teamDraft} title={t('acceptDialog.addPerson')} />
    </ActionDialog>
  );
}
