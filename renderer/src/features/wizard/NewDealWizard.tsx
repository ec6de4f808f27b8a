import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import IconButton from '@mui/material/IconButton';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NewDeal } from '../../../../shared/domain';
import { errorMessage } from '../../api/baseQuery';
import { useCreateDealMutation } from '../../api/workspaceApi';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectDeal, setTab, setWizardOpen, showNotice } from '../../app/workspaceSlice';
import { useFormat } from '../../i18n';
import { setServerErrors } from '../forms/formMessages';
import { useTeamDraft } from '../forms/useTeamDraft';
import { DraftOffer } from './DraftOffer';
import { ReviewStep } from './ReviewStep';
import { useWizardDraft } from './useWizardDraft';
import { WizardStep } from './WizardStep';
import {
  emptyWizardForm,
  firstStepOf,
  LAST_STEP,
  stepFields,
  withPastCloseDateCheck,
  stepKeys,
  TEAM_STEP,
  wizardFormSchema,
  type WizardForm,
} from './wizardForm';
import { useCurrencyFromCountry } from './currencyFromCountry';

const resolver = withPastCloseDateCheck(zodResolver(wizardFormSchema));
/** A form subscription called on every change of a value (not on messages coming and going). */
const onEveryEdit = { formState: { values: true } } as const;

/** The "New deal" wizard (SPEC F3), full screen, mounted only while open so each opening starts clean. */
export function NewDealWizard() {
  const open = useAppSelector((state) => state.workspace.wizardOpen);
  return open ? <WizardDialog /> : null;
}

function WizardDialog() {
  const { t } = useTranslation(['wizard', 'common']);
  const fmt = useFormat();
  const dispatch = useAppDispatch();
  const [createDeal, { isLoading: creating }] = useCreateDealMutation();
  const draft = useWizardDraft();
  const form = useForm<WizardForm, unknown, NewDeal>({ defaultValues: emptyWizardForm, resolver });
  const teamDraft = useTeamDraft();
  useCurrencyFromCountry(form);
  const [step, setStep] = useState(0);
  /** The step whose Next (or Create) was pressed: from then on its messages follow every edit. */
  const [checked, setChecked] = useState<number | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const { schedule } = draft;
  const editing = draft.phase.kind === 'editing';

  const { subscribe, trigger, getValues } = form;
  const { subscribe: subscribeTeamDraft, getValues: teamDraftValues } = teamDraft.form;

  useEffect(() => {
    if (checked !== step) return undefined;
    return subscribe({ ...onEveryEdit, callback: () => void trigger(stepFields[step]) });
  }, [checked, step, subscribe, trigger]);

  // Every change (and every step taken) is saved as the draft, a moment after typing pauses.
  useEffect(() => {
    if (!editing) return undefined;
    const save = () => schedule({ version: 2, step, form: getValues(), teamDraft: teamDraftValues() });
    save();
    const offs = [subscribe({ ...onEveryEdit, callback: save }), subscribeTeamDraft({ ...onEveryEdit, callback: save })];
    return () => offs.forEach((off) => off());
  }, [editing, step, subscribe, subscribeTeamDraft, getValues, teamDraftValues, schedule]);

  const goTo = (target: number) => {
    form.clearErrors();
    teamDraft.form.clearErrors();
    setChecked(null);
    setStep(target);
  };

  /** Goes to `target` with its messages showing (and following edits from then on). */
  const showProblems = (target: number) => {
    goTo(target);
    setChecked(target);
    void form.trigger(stepFields[target]);
  };

  const close = async () => {
    await draft.flush();
    dispatch(setWizardOpen(false));
  };

  const next = async () => {
    // A team member typed but not added joins the team before leaving the step, so nothing typed is lost.
    if (step === TEAM_STEP) {
      const team = await teamDraft.take(form.getValues('team'));
      if (!team) return;
      form.setValue('team', team);
    }
    if (!(await form.trigger(stepFields[step]))) {
      setChecked(step);
      return;
    }
    // The review shows the deal as it will be created: every step's rules must hold before it (the contact
    // rule of a co-sell deal belongs to the first step, and is checked here).
    if (step + 1 === LAST_STEP) {
      const whole = wizardFormSchema.safeParse(form.getValues());
      if (!whole.success) {
        showProblems(firstStepOf(whole.error.issues.map((i) => i.path.join('.'))));
        return;
      }
    }
    goTo(step + 1);
  };
  // The review step has no fields: the form cannot change while it shows, so it is read as it renders.
  const review = step === LAST_STEP ? wizardFormSchema.safeParse(form.getValues()) : null;

  const create = async () => {
    setServerError(null);
    const checkedDeal = wizardFormSchema.safeParse(form.getValues());
    if (!checkedDeal.success) {
      showProblems(firstStepOf(checkedDeal.error.issues.map((i) => i.path.join('.'))));
      return;
    }
    try {
      const detail = await createDeal({ deal: checkedDeal.data }).unwrap();
      await draft.discard();
      dispatch(setWizardOpen(false));
      dispatch(setTab('outbound'));
      dispatch(selectDeal(detail.referral.id));
      dispatch(showNotice({ message: t('created', { name: detail.referral.name }) }));
    } catch (error) {
      setServerError(errorMessage(error));
      const paths = setServerErrors(form, error, 'deal.');
      if (paths.length > 0) setStep(firstStepOf(paths));
    }
  };

  return (
    <Dialog fullScreen open onClose={() => void close()} aria-labelledby="wizard-title">
      <AppBar position="static" elevation={0} color="default" sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <Typography id="wizard-title" variant="h1" component="h1" sx={{ flex: 1 }}>
            {t('common:newDeal')}
          </Typography>
          <Typography variant="caption" color={draft.saveError ? 'error' : 'text.secondary'} role="status">
            {draft.saveError
              ? t('draftNotSaved', { reason: draft.saveError })
              : draft.savedAt
                ? t('draftSaved', { time: fmt.dateTime(draft.savedAt) })
                : ''}
          </Typography>
          <IconButton edge="end" aria-label={t('close')} onClick={() => void close()}>
            <CloseIcon />
          </IconButton>
        </Toolbar>
      </AppBar>
      <Box sx={{ flex: 1, overflow: 'auto', bgcolor: 'background.default', p: { xs: 2, md: 3 } }}>
        {draft.phase.kind === 'loading' && (
          <Typography color="text.secondary" sx={{ textAlign: 'center', mt: 4 }}>
            {t('lookingForDraft')}
          </Typography>
        )}
        {draft.phase.kind === 'offer' && (
          <DraftOffer
            draft={draft.phase.draft}
            savedAt={draft.phase.savedAt}
            onContinue={() => {
              if (draft.phase.kind !== 'offer') return;
              // The draft's values, not new defaults: an untouched form still reads as empty.
              form.reset(draft.phase.draft.form, { keepDefaultValues: true });
              teamDraft.form.reset(draft.phase.draft.teamDraft, { keepDefaultValues: true });
              // A draft left on the review goes back to the last step with fields: the review is shown after its Next.
              setStep(Math.min(draft.phase.draft.step, LAST_STEP - 1));
              draft.continueDraft();
            }}
            onStartOver={() => void draft.startOver()}
          />
        )}
        {editing && (
          <Box sx={{ maxWidth: 920, mx: 'auto' }}>
            <Stepper nonLinear activeStep={step} sx={{ mb: 3 }} aria-label={t('steps')}>
              {stepKeys.map((key, i) => (
                <Step key={key} completed={i < step}>
                  <StepButton onClick={() => i < step && goTo(i)} disabled={i > step}>
                    {t(`step.${key}`)}
                  </StepButton>
                </Step>
              ))}
            </Stepper>
            <Box
              component="section"
              aria-labelledby="wizard-step-title"
              sx={{ bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 2, p: { xs: 2, md: 3 } }}
            >
              <Typography id="wizard-step-title" variant="h2" component="h2" sx={{ mb: 2 }}>
                {t('stepOf', { step: step + 1, total: stepKeys.length, title: t(`step.${stepKeys[step] ?? 'review'}`) })}
              </Typography>
              {serverError && (
                <Alert severity="error" sx={{ mb: 2 }}>
                  {serverError}
                </Alert>
              )}
              {review?.success ? (
                <ReviewStep deal={review.data} goTo={goTo} />
              ) : (
                <WizardStep step={step} form={form} teamDraft={teamDraft} goTo={goTo} />
              )}
            </Box>
            <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
              <Button onClick={() => goTo(step - 1)} disabled={step === 0 || creating}>
                {t('common:back')}
              </Button>
              <Box sx={{ flex: 1 }} />
              {step < LAST_STEP ? (
                <Button variant="contained" onClick={() => void next()}>
                  {step + 1 === LAST_STEP ? t('review') : t('common:next')}
                </Button>
              ) : (
                <Button variant="contained" onClick={() => void create()} loading={creating}>
                  {t('create')}
                </Button>
              )}
            </Box>
          </Box>
        )}
      </Box>
    </Dialog>
  );
}
