import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { helpTypeLabels, helpTypeSchema } from '../../../../shared/domain';
import type { FieldMessages } from '../detail/formErrors';
import { isBlankContact } from '../forms/contactForm';
import type { WizardForm } from './wizardForm';

type Props = { form: WizardForm; update: (patch: Partial<WizardForm>) => void; errors: FieldMessages; goToCustomer: () => void };

/** Step 5: "Would you like Microsoft's help?" On: co-sell with a help type and notes. Off: private pipeline. */
export function SellingStep({ form, update, errors, goToCustomer }: Props) {
  const missingContact = isBlankContact(form.contact) || !form.consent;
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <FormControlLabel
        control={<Switch checked={form.wantsHelp} onChange={(e) => update({ wantsHelp: e.target.checked })} />}
        label="Would you like Microsoft's help?"
      />
      {form.wantsHelp ? (
        <>
          <Typography variant="body2" color="text.secondary">
            The deal is shared with Microsoft sellers as a co-sell deal. They have 14 days to answer; their answer shows on the deal.
          </Typography>
          <TextField
            select
            label="Help needed"
            value={form.helpType}
            onChange={(e) => update({ helpType: e.target.value })}
            error={Boolean(errors.helpType)}
            helperText={errors.helpType ?? ' '}
            required
            size="small"
            sx={{ maxWidth: 420 }}
          >
            {helpTypeSchema.options.map((value) => (
              <MenuItem key={value} value={value}>
                {helpTypeLabels[value]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label="Notes for Microsoft"
            value={form.helpNotes}
            onChange={(e) => update({ helpNotes: e.target.value })}
            error={Boolean(errors.helpNotes)}
            helperText={errors.helpNotes ?? 'What the customer needs and how Microsoft can help'}
            multiline
            minRows={3}
            size="small"
          />
          {missingContact && (
            <Alert
              severity="warning"
              action={
                <Button color="inherit" size="small" onClick={goToCustomer}>
                  Go to Customer
                </Button>
              }
            >
              Asking for Microsoft's help needs a customer contact and the customer's consent to share it (step 1).
            </Alert>
          )}
        </>
      ) : (
        <Alert severity="info" variant="outlined">
          This deal stays private pipeline: nothing is shared with Microsoft. You can ask for Microsoft's help later from the deal.
        </Alert>
      )}
    </Box>
  );
}
