import type { FieldMessages } from '../detail/formErrors';
import { SolutionPicker } from '../forms/SolutionPicker';
import { TeamEditor } from '../forms/TeamEditor';
import { CustomerStep } from './CustomerStep';
import { DealStep } from './DealStep';
import { SellingStep } from './SellingStep';
import { errorsUnder, type WizardForm } from './wizardForm';

type Props = {
  step: number;
  form: WizardForm;
  update: (patch: Partial<WizardForm>) => void;
  errors: FieldMessages;
  onErrors: (errors: FieldMessages) => void;
  goTo: (step: number) => void;
};

/** The content of one wizard step; every step reads and writes the one form, so Back and Next keep everything. */
export function WizardStep({ step, form, update, errors, onErrors, goTo }: Props) {
  switch (step) {
    case 0:
      return <CustomerStep form={form} update={update} errors={errors} />;
    case 1:
      return <DealStep form={form} update={update} errors={errors} />;
    case 2:
      return (
        <TeamEditor
          members={form.team}
          onMembersChange={(team) => update({ team })}
          draft={form.teamDraft}
          onDraftChange={(teamDraft) => update({ teamDraft })}
          errors={errorsUnder(errors, 'teamDraft.')}
          onErrorsChange={(e) => onErrors(Object.fromEntries(Object.entries(e).map(([k, v]) => [`teamDraft.${k}`, v])))}
          listError={errors.team}
          title="Add a team member: first name, last name, phone and email"
        />
      );
    case 3:
      return <SolutionPicker value={form.solutions} onChange={(solutions) => update({ solutions })} error={errors.solutions} />;
    default:
      return <SellingStep form={form} update={update} errors={errors} goToCustomer={() => goTo(0)} />;
  }
}
