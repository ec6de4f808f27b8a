import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { z } from 'zod';
import { requestHelpActionSchema, type Referral } from '../../../../shared/domain';
import { helpTypeOptions } from '../forms/choices';
import { FormTextField } from '../forms/FormTextField';
import { formSchema } from '../forms/formSchema';
import { ActionDialog } from './ActionDialog';
import { useActionForm } from './useActionForm';

type Props = { referral: Referral; onClose: () => void };

const words = {
  title: "Request Microsoft's help",
  submit: 'Request help',
  done: "Microsoft's help requested: the deal is now co-sell",
  explain: (name: string) =>
    `“${name}” will be shared with Microsoft sellers and become a co-sell deal. This cannot be undone: a co-sell deal never goes back to private pipeline. Microsoft sellers have 14 days to answer; their answer shows on the deal.`,
  helpType: 'Help needed',
  notes: 'Notes for Microsoft',
  notesHint: 'What the customer needs and how Microsoft can help',
};

/** The form as typed (no help type chosen yet is ''), then the shared request-help action schema. */
const schema = formSchema(
  z.object({ helpType: z.string(), notes: z.string() }),
  ({ helpType, notes }) => ({ type: 'requestHelp', helpType: helpType || undefined, notes }),
  requestHelpActionSchema,
);

/** Ask Microsoft for help: the deal becomes co-sell, for good (SPEC F1: a co-sell deal is never downgraded). */
export function RequestHelpDialog({ referral, onClose }: Props) {
  const { form, submit, frame } = useActionForm(referral.id, schema, { helpType: '', notes: '' }, onClose);
  return (
    <ActionDialog {...frame} title={words.title} submitLabel={words.submit} onSubmit={submit(words.done)}>
      <Alert severity="info" sx={{ mb: 2 }}>
        {words.explain(referral.name)}
      </Alert>
      <Stack spacing={1}>
        <FormTextField control={form.control} name="helpType" label={words.helpType} options={helpTypeOptions} required />
        <FormTextField control={form.control} name="notes" label={words.notes} hint={words.notesHint} multiline />
      </Stack>
    </ActionDialog>
  );
}
