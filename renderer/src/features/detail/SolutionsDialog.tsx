import { useState } from 'react';
import { setSolutionsActionSchema, type Referral, type Solution } from '../../../../shared/domain';
import { SolutionPicker } from '../forms/SolutionPicker';
import { ActionDialog } from './ActionDialog';
import { useAct } from './useAct';

type Props = { referral: Referral; onClose: () => void };

/** Change the deal's solutions: at least one, from our own, Microsoft's and other partners' catalogs. */
export function SolutionsDialog({ referral, onClose }: Props) {
  const [solutions, setSolutions] = useState<Solution[]>(() => [...referral.details.requirements.solutions]);
  const [error, setError] = useState<string | undefined>();
  const { send, busy, serverError, serverFields } = useAct(referral.id, ['solutions'], onClose);

  const submit = async () => {
    const parsed = setSolutionsActionSchema.safeParse({ type: 'setSolutions', solutions });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    await send(parsed.data, 'Solutions saved');
  };

  return (
    <ActionDialog
      title="Solutions"
      submitLabel="Save solutions"
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      serverError={serverError}
      maxWidth="md"
    >
      <SolutionPicker
        value={solutions}
        onChange={(next) => {
          setSolutions(next);
          setError(undefined);
        }}
        error={error ?? serverFields.solutions}
      />
    </ActionDialog>
  );
}
