import { useState } from 'react';
import type { LifecycleAction } from '../../../../shared/domain';
import { errorFields, errorMessage } from '../../api/baseQuery';
import { useActMutation } from '../../api/workspaceApi';
import { useAppDispatch } from '../../app/hooks';
import { showNotice } from '../../app/workspaceSlice';
import { messagesFromServer } from './formErrors';

/**
 * Sends one lifecycle action for a dialog: on success a snackbar and `onDone`; on refusal the main
 * process's message (for the top of the dialog) and its field messages, keyed like the dialog's fields.
 */
export function useAct(id: string, knownFields: readonly string[], onDone: () => void) {
  const dispatch = useAppDispatch();
  const [act, { isLoading }] = useActMutation();
  const [serverError, setServerError] = useState<string | null>(null);
  const [serverPaths, setServerPaths] = useState<Record<string, string>>({});

  /** Sends the action; an empty `successMessage` shows no snackbar (one of several steps). */
  const send = async (action: LifecycleAction, successMessage: string): Promise<boolean> => {
    setServerError(null);
    setServerPaths({});
    try {
      await act({ id, action }).unwrap();
      if (successMessage) dispatch(showNotice({ message: successMessage }));
      onDone();
      return true;
    } catch (error) {
      setServerError(errorMessage(error));
      setServerPaths(errorFields(error));
      return false;
    }
  };
  /** Field messages for the dialog's own fields (by last path segment), and every refusal path as sent. */
  const serverFields = messagesFromServer(serverPaths, knownFields);
  return { send, busy: isLoading, serverError, serverFields, serverPaths };
}
