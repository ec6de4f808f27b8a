import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { LifecycleAction } from '../../../../shared/domain';
import { errorMessage } from '../../api/baseQuery';
import { useActMutation } from '../../api/workspaceApi';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';
import { setServerErrors } from '../forms/formMessages';

/**
 * Sends one lifecycle action for a dialog: on success a snackbar and `onDone`; on refusal the main process's
 * message (for the top of the dialog) and, given the dialog's form, its field messages at the fields (main
 * names them after the action: "action.edits.name" is the form's "edits.name").
 */
export function useAct<T extends FieldValues>(id: string, onDone: () => void, form?: Pick<UseFormReturn<T>, 'setError' | 'getValues'>) {
  const dispatch = useAppDispatch();
  const [act, { isLoading }] = useActMutation();
  const [serverError, setServerError] = useState<string | null>(null);

  /** Sends the action; an empty `successMessage` shows no snackbar (one of several steps). */
  const send = async (action: LifecycleAction, successMessage: string): Promise<boolean> => {
    setServerError(null);
    try {
      await act({ id, action }).unwrap();
      if (successMessage) dispatch(showNotice({ message: successMessage }));
      onDone();
      return true;
    } catch (error) {
      setServerError(errorMessage(error));
      if (form) setServerErrors(form, error, 'action.');
      return false;
    }
  };
  return { send, busy: isLoading, serverError };
}
