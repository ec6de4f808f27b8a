import { Controller, useFormState, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NewDeal } from '../../../../shared/domain';
import { firstMessage } from '../forms/formMessages';
import { SolutionPicker } from '../forms/SolutionPicker';
import { TeamEditor } from '../forms/TeamEditor';
import type { TeamDraft } from '../forms/useTeamDraft';
import { CustomerStep } from './CustomerStep';
import { DealStep } from './DealStep';
import { SellingStep } from './SellingStep';
import type { WizardForm } from './wizardForm';

export type WizardFormApi = UseFormReturn<WizardForm, unknown, NewDeal>;

type Props = { step: number; form: WizardFormApi; teamDraft: TeamDraft; goTo: (step: number) => void };

/** The content of one wizard step; every step reads and writes the one form, so Back and Next keep everything. */
export function WizardStep({ step, form, teamDraft, goTo }: Props) {
  switch (step) {
    case 0:
      return <CustomerStep form={form} />;
    case 1:
      return <DealStep control={form.control} />;
    case 2:
      return <TeamStep form={form} teamDraft={teamDraft} />;
    case 3:
      return (
        <Controller
          control={form.control}
          name="solutions"
          render={({ field, fieldState }) => (
            <SolutionPicker value={field.value} onChange={field.onChange} error={firstMessage(fieldState.error)} />
          )}
        />
      );
    default:
      return <SellingStep form={form} goToCustomer={() => goTo(0)} />;
  }
}

function TeamStep({ form, teamDraft }: { form: WizardFormApi; teamDraft: TeamDraft }) {
  const { t } = useTranslation('wizard');
  const team = useWatch({ control: form.control, name: 'team' });
  const { errors } = useFormState({ control: form.control, name: 'team' });
  return (
    <TeamEditor
      members={team}
      onMembersChange={(next) => form.setValue('team', next)}
      draft={teamDraft}
      listError={firstMessage(errors.team)}
      title={t('teamTitle')}
    />
  );
}
