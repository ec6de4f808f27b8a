import { sayFieldMessage } from '../../i18n';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { coSellProblems, requestHelpActionSchema, type Referral } from '../../../../shared/domain';
import { helpTypeOptions } from '../forms/choices';
import { ContactFields } from '../forms/ContactFields';
import { contactFormShape, contactPaths, emptyContact, isBlankContact } from '../forms/contactForm';
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
  contact: 'Customer contact',
  contactWhy: "Microsoft needs someone at the customer to talk to: add the customer's contact, as the New deal wizard asks.",
  consent: 'The customer agreed to share this contact with Microsoft',
};

/**
 * The form as typed (no help type chosen yet is '', a blank contact four empty strings), then the shared request-help
 * action, checked with the same co-sell rule main applies (coSellRule.ts): a contact (the deal's, or one typed here)
 * and the customer's consent. Main checks again and answers with the same messages at the same fields.
 */
const schemaFor = (r: Referral) =>
  formSchema(
    z.object({ helpType: z.string(), notes: z.string(), customerContact: contactFormShape, consentToShareCustomerContact: z.boolean() }),
    ({ helpType, notes, customerContact, consentToShareCustomerContact }) => ({
      type: 'requestHelp',
      helpType: helpType || undefined,
      notes,
      ...(isBlankContact(customerContact) ? {} : { customerContact }),
      consentToShareCustomerContact,
    }),
    requestHelpActionSchema,
  ).superRefine((action, ctx) => {
    const problems = coSellProblems({
      helpType: action.helpType,
      customerContact: action.customerContact ?? r.customerProfile.team[0],
      consentToShareCustomerContact: action.consentToShareCustomerContact || r.consent.consentToShareCustomerContact,
    });
    for (const [path, message] of Object.entries(problems)) ctx.addIssue({ code: 'custom', path: [path], message });
  });

/** Ask Microsoft for help: the deal becomes co-sell, for good (SPEC F1: a co-sell deal is never downgraded). */
export function RequestHelpDialog({ referral, onClose }: Props) {
  const needsContact = referral.customerProfile.team.length === 0;
  const needsConsent = !referral.consent.consentToShareCustomerContact;
  const { form, submit, frame } = useActionForm(
    referral.id,
    schemaFor(referral),
    { helpType: '', notes: '', customerContact: emptyContact, consentToShareCustomerContact: false },
    onClose,
  );
  const contactError = form.formState.errors.customerContact?.message && sayFieldMessage(form.formState.errors.customerContact.message);
  return (
    <ActionDialog {...frame} title={words.title} submitLabel={words.submit} onSubmit={submit(words.done)}>
      <Alert severity="info" sx={{ mb: 2 }}>
        {words.explain(referral.name)}
      </Alert>
      <Stack spacing={1}>
        <FormTextField control={form.control} name="helpType" label={words.helpType} options={helpTypeOptions} required />
        <FormTextField control={form.control} name="notes" label={words.notes} hint={words.notesHint} multiline />
        {needsContact && (
          <>
            <Typography variant="h3" component="h3" color="text.secondary">
              {words.contact}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {words.contactWhy}
            </Typography>
            <ContactFields control={form.control} names={contactPaths('customerContact')} />
            {contactError && <FormHelperText error>{contactError}</FormHelperText>}
          </>
        )}
        {needsConsent && (
          <Controller
            control={form.control}
            name="consentToShareCustomerContact"
            render={({ field, fieldState }) => (
              <>
                <FormControlLabel
                  control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                  label={words.consent}
                />
                {fieldState.error?.message && <FormHelperText error>{sayFieldMessage(fieldState.error.message)}</FormHelperText>}
              </>
            )}
          />
        )}
      </Stack>
    </ActionDialog>
  );
}
