import { useState } from 'react';
import type { Contact, Referral } from '../../../../shared/domain';
import { TeamEditor } from '../forms/TeamEditor';
import { useTeamDraft } from '../forms/useTeamDraft';
import { ActionDialog } from './ActionDialog';
import { useAct } from './useAct';

type Props = { referral: Referral; onClose: () => void };

const words = {
  title: 'Add employees',
  submit: 'Add to deal',
  fields: 'Name, phone and email (all required)',
  nobody: 'Add at least one person: type their name, phone and email, or pick a recent contact',
  done: (count: number) => (count === 1 ? 'Team member added' : `${count} team members added`),
};

/** Add employees to an Accepted deal: name, phone and email each, or recent contacts in one click. */
export function AddTeamDialog({ referral, onClose }: Props) {
  const [members, setMembers] = useState<Contact[]>([]);
  const teamDraft = useTeamDraft(referral.team);
  const [listError, setListError] = useState<string | undefined>();
  const { send, busy, serverError } = useAct(referral.id, () => undefined);

  const submit = async () => {
    const team = await teamDraft.take(members);
    if (!team) return;
    if (team.length === 0) {
      setListError(words.nobody);
      return;
    }
    setListError(undefined);
    setMembers(team);
    // One action per person, so each is its own history entry; stop at the first refusal and keep the rest.
    for (const [i, member] of team.entries()) {
      const last = i === team.length - 1;
      const ok = await send({ type: 'addTeamMember', member }, last ? words.done(team.length) : '');
      if (!ok) {
        setMembers(team.slice(i));
        return;
      }
    }
    onClose();
  };

  return (
    <ActionDialog title={words.title} submitLabel={words.submit} onSubmit={submit} onClose={onClose} busy={busy} serverError={serverError}>
      <TeamEditor
        members={members}
        onMembersChange={(next) => {
          setMembers(next);
          setListError(undefined);
        }}
        draft={teamDraft}
        listError={listError}
        title={words.fields}
      />
    </ActionDialog>
  );
}
