import { useState } from 'react';
import type { Referral } from '../../../../shared/domain';
import { ActionDialog } from './ActionDialog';
import { DealFields } from './DealFields';
import { useDealForm } from './dealForm';
import { useAct } from './useAct';
import { useTranslation } from 'react-i18next';

type Props = { referral: Referral; onClose: () => void };

/** Edit an Accepted deal's name, value, currency, close date, notes, CRM ID and campaign ID. */
export function EditDialog({ referral, onClose }: Props) {
  const { t } = useTranslation('detail');
  const form = useDealForm(referral);
  const [unchanged, setUnchanged] = useState(false);
  const { send, busy, serverError } = useAct(referral.id, onClose, form);

  const submit = form.handleSubmit(async ({ edits }) => {
    setUnchanged(Object.keys(edits).length === 0);
    if (Object.keys(edits).length > 0) await send({ type: 'edit', edits }, t('editDialog.done'));
  });

  return (
    <ActionDialog
      title={t('editDialog.title')}
      submitLabel={t('editDialog.submit')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      // Said once Save found nothing to send, until the seller edits a field.
      serverError={serverError ?? (unchanged && !form.formState.isDirty ? t('editDialog.unchanged') : null)}
    >
      <DealFields control={form.control} />
    </ActionDialog>
  );
}
