import { useState } from 'react';
import type { Referral } from '../../../../shared/domain';
import { ActionDialog } from './ActionDialog';
import { DealFields } from './DealFields';
import { useDealForm } from './dealForm';
import { useAct } from './useAct';

type Props = { referral: Referral; onClose: () => void };

const words = {
  title: 'Edit deal',
  submit: 'Save changes',
  done: 'Deal saved',
  unchanged: 'Nothing changed yet: edit a field, or Cancel.',
};

/** Edit an Accepted deal's name, value, currency, close date, notes, CRM ID and campaign ID. */
export function EditDialog({ referral, onClose }: Props) {
  const form = useDealForm(referral);
  const [unchanged, setUnchanged] = useState(false);
  const { send, busy, serverError } = useAct(referral.id, onClose, form);

  const submit = form.handleSubmit(async ({ edits }) => {
    setUnchanged(Object.keys(edits).length === 0);
    if (Object.keys(edits).length > 0) await send({ type: 'edit', edits }, words.done);
  });

  return (
    <ActionDialog
      title={words.title}
      submitLabel={words.submit}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      // Said once Save found nothing to send, until the seller edits a field.
      serverError={serverError ?? (unchanged && !form.formState.isDirty ? words.unchanged : null)}
    >
      <DealFields control={form.control} />
    </ActionDialog>
  );
}
