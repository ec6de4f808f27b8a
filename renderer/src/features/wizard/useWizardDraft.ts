import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/baseQuery';
import { useDiscardDraftMutation, useLazyGetDraftQuery, useSaveDraftMutation } from '../../api/workspaceApi';
import { isBlankContact } from '../forms/contactForm';
import { DRAFT_KEY, emptyWizardForm, wizardDraftSchema, type WizardDraft } from './wizardForm';

/** Typing pauses this long before the draft is written. */
export const DRAFT_SAVE_DELAY_MS = 500;

export type DraftPhase = { kind: 'loading' } | { kind: 'offer'; draft: WizardDraft; savedAt: string } | { kind: 'editing' };

// The form's values keep the key order of emptyWizardForm (the form starts from it), so JSON tells untouched apart.
const isEmpty = (d: WizardDraft) =>
  d.step === 0 && isBlankContact(d.teamDraft) && JSON.stringify(d.form) === JSON.stringify(emptyWizardForm);

/**
 * The wizard's draft in the main process (drafts:get/save/discard): offered back when the wizard opens,
 * written a moment after each change (and at once on close), discarded after the deal is created.
 * A draft that cannot be read or saved never blocks the wizard: it only says so.
 */
export function useWizardDraft() {
  const [getDraft] = useLazyGetDraftQuery();
  const [saveDraft] = useSaveDraftMutation();
  const [discardDraft] = useDiscardDraftMutation();
  const [phase, setPhase] = useState<DraftPhase>({ kind: 'loading' });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const pending = useRef<WizardDraft | null>(null);
  /** The draft as last written (JSON), null before the first write: what is already saved is not written again. */
  const written = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    let live = true;
    getDraft(DRAFT_KEY)
      .unwrap()
      .then((stored) => {
        const parsed = stored ? wizardDraftSchema.safeParse(stored.value) : null;
        if (!live) return;
        setPhase(
          stored && parsed?.success && !isEmpty(parsed.data)
            ? { kind: 'offer', draft: parsed.data, savedAt: stored.savedAt }
            : { kind: 'editing' },
        );
      })
      .catch(() => live && setPhase({ kind: 'editing' }));
    return () => {
      live = false;
    };
  }, [getDraft]);

  const write = useCallback(async () => {
    window.clearTimeout(timer.current);
    const value = pending.current;
    pending.current = null;
    if (!value) return;
    try {
      const { savedAt: at } = await saveDraft({ key: DRAFT_KEY, value }).unwrap();
      written.current = JSON.stringify(value);
      setSavedAt(at);
      setSaveError(null);
    } catch (error) {
      // The reason only: the wizard words it (wizard:draftNotSaved) in the language shown.
      setSaveError(errorMessage(error));
    }
  }, [saveDraft]);

  /**
   * Remembers the latest form; it is written once typing pauses. An untouched form is not saved, nor one
   * equal to what was last written. (Kept stable: a schedule that changed with each save made its caller
   * schedule again, and the draft was rewritten twice a second for as long as the wizard stayed open.)
   */
  const schedule = useCallback(
    (draft: WizardDraft) => {
      const json = JSON.stringify(draft);
      window.clearTimeout(timer.current);
      if (json === written.current || (written.current === null && isEmpty(draft))) {
        pending.current = null;
        return;
      }
      pending.current = draft;
      timer.current = window.setTimeout(() => void write(), DRAFT_SAVE_DELAY_MS);
    },
    [write],
  );

  const discard = useCallback(async () => {
    window.clearTimeout(timer.current);
    pending.current = null;
    written.current = null;
    setSavedAt(null);
    await discardDraft(DRAFT_KEY)
      .unwrap()
      .catch(() => undefined);
  }, [discardDraft]);

  const startOver = useCallback(async () => {
    setPhase({ kind: 'editing' });
    await discard();
  }, [discard]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { phase, savedAt, saveError, schedule, flush: write, discard, startOver, continueDraft: () => setPhase({ kind: 'editing' }) };
}
