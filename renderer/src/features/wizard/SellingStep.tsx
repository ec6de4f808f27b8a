import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useHelpTypeOptions } from '../forms/choices';
import { isBlankContact } from '../forms/contactForm';
import { FormSwitch } from '../forms/FormSwitch';
import { FormTextField } from '../forms/FormTextField';
import type { WizardFormApi } from './WizardStep';

type Props = { form: WizardFormApi; goToCustomer: () => void };

/** Step 5: "Would you like Microsoft's help?" On: co-sell with a help type and notes. Off: private pipeline. */
export function SellingStep({ form, goToCustomer }: Props) {
  const { t } = useTranslation('wizard');
  const helpTypeOptions = useHelpTypeOptions();
  const { control } = form;
  const [wantsHelp, contact, consent] = useWatch({
    control,
    name: ['wantsMicrosoftHelp', 'customerContact', 'consentToShareCustomerContact'],
  });
  const missingContact = isBlankContact(contact) || !consent;
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <FormSwitch control={control} name="wantsMicrosoftHelp" label={t('wantsHelp')} />
      {wantsHelp ? (
        <>
          <Typography variant="body2" color="text.secondary">
            {t('coSell')}
          </Typography>
          <FormTextField
            control={control}
            name="helpType"
            label={t('helpType')}
            options={helpTypeOptions}
            required
            sx={{ maxWidth: 420 }}
          />
          <FormTextField control={control} name="helpNotes" label={t('helpNotes')} hint={t('helpNotesHint')} multiline />
          {missingContact && (
            <Alert
              severity="warning"
              action={
                <Button color="inherit" size="small" onClick={goToCustomer}>
                  {t('goToCustomer')}
                </Button>
              }
            >
              {t('needsContact')}
            </Alert>
          )}
        </>
      ) : (
        <Alert severity="info" variant="outlined">
          {t('private')}
        </Alert>
      )}
    </Box>
  );
}
