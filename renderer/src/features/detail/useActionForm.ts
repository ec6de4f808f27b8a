import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { LifecycleAction } from '../../../../shared/domain';
import { useAct } from './useAct';

/**
 * The form of a dialog that ends in one lifecycle action. `schema` is the form's own shape piped into the
 * shared action schema, so the shared rules check it and their messages land at the form's fields, as do
 * main's. Checked on submit, then again as the seller corrects a field.
 */
export function useActionForm<Input extends FieldValues, Action extends LifecycleAction>(
  referralId: string,
  schema: z.ZodType<Action, Input>,
  defaultValues: DefaultValues<Input>,
  /** Closes the dialog: Cancel, and after the action was accepted. */
  onClose: () => void,
) {
  const [resolver] = useState(() => zodResolver(schema));
  const form = useForm<Input, unknown, Action>({ defaultValues, resolver });
  const { send, busy, serverError } = useAct(referralId, onClose, form);
  /** The submit handler: sends the checked action; `done` is what the snackbar then says. */
  const submit = (done: string) =>
    form.handleSubmit(async (action) => {
      await send(action, done);
    });
  /** What the dialog's frame shows and needs whatever the action: the refusal, the busy state, how to close. */
  const frame = { onClose, busy, serverError };
  return { form, submit, send, frame };
}
