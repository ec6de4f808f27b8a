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
import { useHelpTypeOptions } from '../forms/choices';
import { ContactFields } from '../forms/ContactFields';
import { contactFormShape, contactPaths, emptyContact, isBlankContact } from '../forms/contactForm';
import { FormTextField } from '../forms/FormTextField';
import { formSchema } from '../forms/formSchema';
import { ActionDialog } from './ActionDialog';
import { useActionForm } from './useActionForm';
import { useTranslation } from 'react-i18next';

type Props = { referral: Referral; onClose: () => void };

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
  const { t } = useTranslation('detail');
  const helpTypeOptions = useHelpTypeOptions();
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
    <ActionDialog {...frame} title={t('helpDialog.title')} submitLabel={t('helpDialog.submit')} onSubmit={submit(t('helpDialog.done'))}>
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('helpDialog.explain', { name: referral.name })}
      </Alert>
      <Stack spacing={1}>
        <FormTextField control={form.control} name="helpType" label={t('helpDialog.helpType')} options={helpTypeOptions} required />
        <FormTextField control={form.control} name="notes" label={t('helpDialog.notes')} hint={t('helpDialog.notesHint')} multiline />
        {needsContact && (
          <>
            <Typography variant="h3" component="h3" color="text.secondary">
              {t('helpDialog.contact')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('helpDialog.contactWhy')}
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
                  label={t('helpDialog.consent')}
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
