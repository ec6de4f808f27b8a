import { useState } from 'react';
import { addTeamMemberActionSchema, type Contact, type Referral } from '../../../../shared/domain';
import { addMember, emptyContact, isBlankContact } from '../forms/contactForm';
import { TeamEditor } from '../forms/TeamEditor';
import { ActionDialog } from './ActionDialog';
import type { FieldMessages } from './formErrors';
import { useAct } from './useAct';

type Props = { referral: Referral; onClose: () => void };

/** Add employees to an Accepted deal: name, phone and email each, or recent contacts in one click. */
export function AddTeamDialog({ referral, onClose }: Props) {
  const [members, setMembers] = useState<Contact[]>([]);
  const [draft, setDraft] = useState(emptyContact);
  const [draftErrors, setDraftErrors] = useState<FieldMessages>({});
  const [listError, setListError] = useState<string | undefined>();
  const { send, busy, serverError } = useAct(referral.id, [], () => undefined);

  const submit = async () => {
    const team = addMember(members, draft, referral.team);
    if (!team.ok) {
      setDraftErrors(team.fields);
      return;
    }
    if (team.members.length === 0) {
      setListError('Add at least one person: type their name, phone and email, or pick a recent contact');
      return;
    }
    setListError(undefined);
    setMembers(team.members);
    if (!isBlankContact(draft)) setDraft(emptyContact);
    // One action per person, so each is its own history entry; stop at the first refusal and keep the rest.
    for (let i = 0; i < team.members.length; i++) {
      const member = team.members[i] as Contact;
      const action = addTeamMemberActionSchema.parse({ type: 'addTeamMember', member });
      const last = i === team.members.length - 1;
      const ok = await send(
        action,
        last ? (team.members.length === 1 ? 'Team member added' : `${team.members.length} team members added`) : '',
      );
      if (!ok) {
        setMembers(team.members.slice(i));
        return;
      }
    }
    onClose();
  };

  return (
    <ActionDialog title="Add employees" submitLabel="Add to deal" onSubmit={submit} onClose={onClose} busy={busy} serverError={serverError}>
      <TeamEditor
        members={members}
        onMembersChange={(next) => {
          setMembers(next);
          setListError(undefined);
        }}
        draft={draft}
        onDraftChange={setDraft}
        errors={draftErrors}
        onErrorsChange={setDraftErrors}
        existing={referral.team}
        listError={listError}
        title="Name, phone and email (all required)"
      />
    </ActionDialog>
  );
}
