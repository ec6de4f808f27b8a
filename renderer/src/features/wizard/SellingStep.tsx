import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { useHelpTypeOptions } from '../forms/choices';
import { isBlankContact } from '../forms/contactForm';
import { FormSwitch } from '../forms/FormSwitch';
import { FormTextField } from '../forms/FormTextField';
import type { WizardFormApi } from './WizardStep';

type Props = { form: WizardFormApi; goToCustomer: () => void };

const words = {
  wantsHelp: "Would you like Microsoft's help?",
  coSell: 'The deal is shared with Microsoft sellers as a co-sell deal. They have 14 days to answer; their answer shows on the deal.',
  helpType: 'Help needed',
  notes: 'Notes for Microsoft',
  notesHint: 'What the customer needs and how Microsoft can help',
  needsContact: "Asking for Microsoft's help needs a customer contact and the customer's consent to share it (step 1).",
  goToCustomer: 'Go to Customer',
  private: "This deal stays private pipeline: nothing is shared with Microsoft. You can ask for Microsoft's help later from the deal.",
};

/** Step 5: "Would you like Microsoft's help?" On: co-sell with a help type and notes. Off: private pipeline. */
export function SellingStep({ form, goToCustomer }: Props) {
  const helpTypeOptions = useHelpTypeOptions();
  const { control } = form;
  const [wantsHelp, contact, consent] = useWatch({
    control,
    name: ['wantsMicrosoftHelp', 'customerContact', 'consentToShareCustomerContact'],
  });
  const missingContact = isBlankContact(contact) || !consent;
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <FormSwitch control={control} name="wantsMicrosoftHelp" label={words.wantsHelp} />
      {wantsHelp ? (
        <>
          <Typography variant="body2" color="text.secondary">
            {words.coSell}
          </Typography>
          <FormTextField
            control={control}
            name="helpType"
            label={words.helpType}
            options={helpTypeOptions}
            required
            sx={{ maxWidth: 420 }}
          />
          <FormTextField control={control} name="helpNotes" label={words.notes} hint={words.notesHint} multiline />
          {missingContact && (
            <Alert
              severity="warning"
              action={
                <Button color="inherit" size="small" onClick={goToCustomer}>
                  {words.goToCustomer}
                </Button>
              }
            >
              {words.needsContact}
            </Alert>
          )}
        </>
      ) : (
        <Alert severity="info" variant="outlined">
          {words.private}
        </Alert>
      )}
    </Box>
  );
}
