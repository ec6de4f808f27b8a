import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { acceptActionSchema, type Contact, type Referral } from '../../../../shared/domain';
import { addMember, emptyContact } from '../forms/contactForm';
import { TeamEditor } from '../forms/TeamEditor';
import { ActionDialog } from './ActionDialog';
import { DealFields } from './DealFields';
import { dealFieldNames, dealFormOf, editsOf } from './dealForm';
import { messagesFromIssues, type FieldMessages } from './formErrors';
import { useAct } from './useAct';

type Props = { referral: Referral; onClose: () => void };

/** Accept a Received referral, editing the deal and adding team members in the same step (SPEC F1). */
export function AcceptDialog({ referral, onClose }: Props) {
  const [initial] = useState(() => dealFormOf(referral));
  const [form, setForm] = useState(initial);
  const [members, setMembers] = useState<Contact[]>([]);
  const [draft, setDraft] = useState(emptyContact);
  const [draftErrors, setDraftErrors] = useState<FieldMessages>({});
  const [fields, setFields] = useState<FieldMessages>({});
  const { send, busy, serverError, serverFields } = useAct(referral.id, dealFieldNames, onClose);

  const submit = async () => {
    // A person typed but not yet added joins the team too: nobody expects to lose what they typed.
    const team = addMember(members, draft, referral.team);
    if (!team.ok) {
      setDraftErrors(team.fields);
      return;
    }
    const parsed = acceptActionSchema.safeParse({ type: 'accept', edits: editsOf(form, initial), addTeam: team.members });
    if (!parsed.success) {
      setFields(messagesFromIssues(parsed.error.issues));
      return;
    }
    setFields({});
    setMembers(team.members);
    setDraft(emptyContact);
    await send(parsed.data, 'Referral accepted');
  };

  return (
    <ActionDialog
      title="Accept referral"
      submitLabel="Accept referral"
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      serverError={serverError}
      maxWidth="md"
    >
      <DealFields form={form} onChange={setForm} errors={{ ...fields, ...serverFields }} />
      <Divider sx={{ my: 2 }} />
      <Typography variant="h3" component="h3" color="text.secondary" sx={{ mb: 1.5 }}>
        Team members
      </Typography>
      <TeamEditor
        members={members}
        onMembersChange={setMembers}
        draft={draft}
        onDraftChange={setDraft}
        errors={draftErrors}
        onErrorsChange={setDraftErrors}
        existing={referral.team}
        title="Add a team member (optional)"
      />
    </ActionDialog>
  );
}
