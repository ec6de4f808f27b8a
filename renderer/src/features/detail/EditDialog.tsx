import { useState } from 'react';
import { editActionSchema, type Referral } from '../../../../shared/domain';
import { ActionDialog } from './ActionDialog';
import { DealFields } from './DealFields';
import { dealFieldNames, dealFormOf, editsOf } from './dealForm';
import { messagesFromIssues, type FieldMessages } from './formErrors';

import { useAct } from './useAct';

type Props = { referral: Referral; onClose: () => void };

/** Edit an Accepted deal's name, value, currency, close date, notes, CRM ID and campaign ID. */
export function EditDialog({ referral, onClose }: Props) {
  const [initial] = useState(() => dealFormOf(referral));
  const [form, setForm] = useState(initial);
  const [fields, setFields] = useState<FieldMessages>({});
  const [unchanged, setUnchanged] = useState(false);
  const { send, busy, serverError, serverFields } = useAct(referral.id, dealFieldNames, onClose);

  const submit = async () => {
    const edits = editsOf(form, initial);
    if (Object.keys(edits).length === 0) {
      setUnchanged(true);
      return;
    }
    const parsed = editActionSchema.safeParse({ type: 'edit', edits });
    if (!parsed.success) {
      setFields(messagesFromIssues(parsed.error.issues));
      return;
    }
    setFields({});
    await send(parsed.data, 'Deal saved');
  };

  return (
    <ActionDialog
      title="Edit deal"
      submitLabel="Save changes"
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      serverError={serverError ?? (unchanged ? 'Nothing changed yet: edit a field, or Cancel.' : null)}
    >
      <DealFields
        form={form}
        onChange={(next) => {
          setForm(next);
          setUnchanged(false);
        }}
        errors={{ ...fields, ...serverFields }}
      />
    </ActionDialog>
  );
}
