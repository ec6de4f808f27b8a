import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { setSolutionsActionSchema, type Referral, type Solution } from '../../../../shared/domain';
import { firstMessage } from '../forms/formMessages';
import { formSchema } from '../forms/formSchema';
import { SolutionPicker } from '../forms/SolutionPicker';
import { ActionDialog } from './ActionDialog';
import { useActionForm } from './useActionForm';
import { useTranslation } from 'react-i18next';

type Props = { referral: Referral; onClose: () => void };

const schema = formSchema(
  z.object({ solutions: z.array(z.custom<Solution>()) }),
  ({ solutions }) => ({ type: 'setSolutions', solutions }),
  setSolutionsActionSchema,
);

/** Change the deal's solutions: at least one, from our own, Microsoft's and other partners' catalogs. */
export function SolutionsDialog({ referral, onClose }: Props) {
  const { t } = useTranslation('detail');
  const { form, submit, frame } = useActionForm(referral.id, schema, { solutions: [...referral.details.requirements.solutions] }, onClose);
  return (
    <ActionDialog
      {...frame}
      title={t('solutionsDialog.title')}
      submitLabel={t('solutionsDialog.submit')}
      onSubmit={submit(t('solutionsDialog.done'))}
      maxWidth="md"
    >
      <Controller
        control={form.control}
        name="solutions"
        render={({ field, fieldState }) => (
          <SolutionPicker value={field.value} onChange={field.onChange} error={firstMessage(fieldState.error)} />
        )}
      />
    </ActionDialog>
  );
}
