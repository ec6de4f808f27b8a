import { useState } from 'react';
import type { Contact, Referral } from '../../../../shared/domain';
import { TeamEditor } from '../forms/TeamEditor';
import { useTeamDraft } from '../forms/useTeamDraft';
import { ActionDialog } from './ActionDialog';
import { useAct } from './useAct';
import { useTranslation } from 'react-i18next';

type Props = { referral: Referral; onClose: () => void };

/** Add employees to an Accepted deal: name, phone and email each, or recent contacts in one click. */
export function AddTeamDialog({ referral, onClose }: Props) {
  const { t } = useTranslation('detail');
  const [members, setMembers] = useState<Contact[]>([]);
  const teamDraft = useTeamDraft(referral.team);
  const [listError, setListError] = useState<string | undefined>();
  const { send, busy, serverError } = useAct(referral.id, () => undefined);

  const submit = async () => {
    const team = await teamDraft.take(members);
    if (!team) return;
    if (team.length === 0) {
      setListError(t('teamDialog.nobody'));
      return;
    }
    setListError(undefined);
    setMembers(team);
    // One action per person, so each is its own history entry; stop at the first refusal and keep the rest.
    for (const [i, member] of team.entries()) {
      const last = i === team.length - 1;
      const ok = await send({ type: 'addTeamMember', member }, last ? t('teamAdded', { count: team.length }) : '');
      if (!ok) {
        setMembers(team.slice(i));
        return;
      }
    }
    onClose();
  };

  return (
    <ActionDialog
      title={t('teamDialog.title')}
      submitLabel={t('teamDialog.submit')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      serverError={serverError}
    >
      <TeamEditor
        members={members}
        onMembersChange={(next) => {
          setMembers(next);
          setListError(undefined);
        }}
        draft={teamDraft}
        listError={listError}
        title={t('teamDialog.fields')}
      />
    </ActionDialog>
  );
}
