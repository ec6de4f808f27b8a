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

type Props = { referral: Referral; onClose: () => void };

const words = {
  title: 'Accept referral',
  done: 'Referral accepted',
  team: 'Team members',
  addPerson: 'Add a team member (optional)',
};

/** Accept a Received referral, editing the deal and adding team members in the same step (SPEC F1). */
export function AcceptDialog({ referral, onClose }: Props) {
  const form = useDealForm(referral);
  const [members, setMembers] = useState<Contact[]>([]);
  const teamDraft = useTeamDraft(referral.team);
  const { send, busy, serverError } = useAct(referral.id, onClose, form);

  const submit = async () => {
    // A person typed but not yet added joins the team too: nobody expects to lose what they typed.
    const team = await teamDraft.take(members);
    if (!team) return;
    setMembers(team);
    await form.handleSubmit(({ edits }) => send({ type: 'accept', edits, addTeam: team }, words.done))();
  };

  return (
    <ActionDialog
      title={words.title}
      submitLabel={words.title}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      serverError={serverError}
      maxWidth="md"
    >
      <DealFields control={form.control} />
      <Divider sx={{ my: 2 }} />
      <Typography variant="h3" component="h3" color="text.secondary" sx={{ mb: 1.5 }}>
        {words.team}
      </Typography>
      <TeamEditor members={members} onMembersChange={setMembers} draft={teamDraft} title={words.addPerson} />
    </ActionDialog>
  );
}
