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
import { useEffect, useMemo, useState } from 'react';
import { errorFields, errorMessage } from '../../api/baseQuery';
import { useCreateDealMutation } from '../../api/workspaceApi';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectDeal, setTab, setWizardOpen, showNotice } from '../../app/workspaceSlice';
import { formatDateTime } from '../../format/dates';
import { serverMessagesByPath, type FieldMessages } from '../detail/formErrors';
import { addMember } from '../forms/contactForm';
import { DraftOffer } from './DraftOffer';
import { useWizardDraft } from './useWizardDraft';
import { WizardStep } from './WizardStep';
import { checkStep, checkWizard, emptyWizardForm, LAST_STEP, stepOf, stepTitles, type WizardForm } from './wizardForm';

/** The "New deal" wizard (SPEC F3), full screen, mounted only while open so each opening starts clean. */
export function NewDealWizard() {
  const open = useAppSelector((state) => state.workspace.wizardOpen);
  return open ? <WizardDialog /> : null;
}

function WizardDialog() {
  const dispatch = useAppDispatch();
  const [createDeal, { isLoading: creating }] = useCreateDealMutation();
  const draft = useWizardDraft();
  const [form, setForm] = useState<WizardForm>(emptyWizardForm);
  const [step, setStep] = useState(0);
  /** The step whose Next (or Create) was pressed: from then on its messages follow every edit. */
  const [checked, setChecked] = useState<number | null>(null);
  /** Messages the schema check does not give: a half-typed team member, the main process's refusal. */
  const [extra, setExtra] = useState<FieldMessages>({});
  const stepMessages = useMemo(() => (checked === step ? checkStep(form, step) : {}), [checked, step, form]);
  const errors = { ...stepMessages, ...extra };
  const [serverError, setServerError] = useState<string | null>(null);
  const { schedule } = draft;
  const editing = draft.phase.kind === 'editing';

  useEffect(() => {
    if (editing) schedule({ version: 1, step, form });
  }, [editing, step, form, schedule]);

  // Functional: one click can change two parts of the form (Add to team adds a person and clears the fields).
  const update = (patch: Partial<WizardForm>) => setForm((f) => ({ ...f, ...patch }));

  const goTo = (target: number) => {
    setExtra({});
    setChecked(null);
    setStep(target);
  };

  const close = async () => {
    await draft.flush();
    dispatch(setWizardOpen(false));
  };

  /** Adds a half-typed team member before leaving the Team step, so nothing typed is lost. */
  const withTeamDraft = (f: WizardForm): WizardForm | null => {
    if (step !== 2) return f;
    const team = addMember(f.team, f.teamDraft);
    if (!team.ok) {
      setExtra(Object.fromEntries(Object.entries(team.fields).map(([k, v]) => [`teamDraft.${k}`, v])));
      return null;
    }
    return { ...f, team: team.members, teamDraft: { firstName: '', lastName: '', phoneNumber: '', email: '' } };
  };

  const next = () => {
    const f = withTeamDraft(form);
    if (!f) return;
    setForm(f);
    if (Object.keys(checkStep(f, step)).length === 0) goTo(step + 1);
    else setChecked(step);
  };

  const create = async () => {
    setServerError(null);
    const result = checkWizard(form);
    if (!result.ok) {
      goTo(result.firstStep);
      setChecked(result.firstStep);
      return;
    }
    try {
      const detail = await createDeal({ deal: result.deal }).unwrap();
      await draft.discard();
      dispatch(setWizardOpen(false));
      dispatch(setTab('outbound'));
      dispatch(selectDeal(detail.referral.id));
      dispatch(showNotice({ message: `Deal “${detail.referral.name}” created` }));
    } catch (error) {
      setServerError(errorMessage(error));
      const fields = serverMessagesByPath(errorFields(error), 'deal.');
      if (Object.keys(fields).length > 0) {
        setStep(Math.min(...Object.keys(fields).map(stepOf)));
        setExtra(fields);
      }
    }
  };

  return (
    <Dialog fullScreen open onClose={() => void close()} aria-labelledby="wizard-title">
      <AppBar position="static" elevation={0} color="default" sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <Typography id="wizard-title" variant="h1" component="h1" sx={{ flex: 1 }}>
            New deal
          </Typography>
          <Typography variant="caption" color={draft.saveError ? 'error' : 'text.secondary'} role="status">
            {draft.saveError ?? (draft.savedAt ? `Draft saved ${formatDateTime(draft.savedAt)}` : '')}
          </Typography>
          <IconButton edge="end" aria-label="Close the new deal form" onClick={() => void close()}>
            <CloseIcon />
          </IconButton>
        </Toolbar>
      </AppBar>
      <Box sx={{ flex: 1, overflow: 'auto', bgcolor: 'background.default', p: { xs: 2, md: 3 } }}>
        {draft.phase.kind === 'loading' && (
          <Typography color="text.secondary" sx={{ textAlign: 'center', mt: 4 }}>
            Looking for your draft…
          </Typography>
        )}
        {draft.phase.kind === 'offer' && (
          <DraftOffer
            draft={draft.phase.draft}
            savedAt={draft.phase.savedAt}
            onContinue={() => {
              if (draft.phase.kind !== 'offer') return;
              setForm(draft.phase.draft.form);
              setStep(draft.phase.draft.step);
              draft.continueDraft();
            }}
            onStartOver={() => void draft.startOver()}
          />
        )}
        {editing && (
          <Box sx={{ maxWidth: 920, mx: 'auto' }}>
            <Stepper nonLinear activeStep={step} sx={{ mb: 3 }} aria-label="Steps">
              {stepTitles.map((title, i) => (
                <Step key={title} completed={i < step}>
                  <StepButton onClick={() => i < step && goTo(i)} disabled={i > step}>
                    {title}
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
                Step {step + 1} of {stepTitles.length}: {stepTitles[step]}
              </Typography>
              {serverError && (
                <Alert severity="error" sx={{ mb: 2 }}>
                  {serverError}
                </Alert>
              )}
              <WizardStep step={step} form={form} update={update} errors={errors} onErrors={setExtra} goTo={goTo} />
            </Box>
            <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
              <Button onClick={() => goTo(step - 1)} disabled={step === 0 || creating}>
                Back
              </Button>
              <Box sx={{ flex: 1 }} />
              {step < LAST_STEP ? (
                <Button variant="contained" onClick={next}>
                  Next
                </Button>
              ) : (
                <Button variant="contained" onClick={() => void create()} loading={creating}>
                  Create deal
                </Button>
              )}
            </Box>
          </Box>
        )}
      </Box>
    </Dialog>
  );
}
