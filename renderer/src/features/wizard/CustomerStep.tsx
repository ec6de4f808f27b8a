import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FieldMessages } from '../detail/formErrors';
import { ContactFields } from '../forms/ContactFields';
import { countryName } from './countries';
import { CityField, CountryField, CustomerNameField } from './CustomerFields';
import { errorsUnder, type WizardForm } from './wizardForm';

type Props = { form: WizardForm; update: (patch: Partial<WizardForm>) => void; errors: FieldMessages };

/** Step 1: where the customer is, who they are (from the directory or typed), and an optional contact with consent. */
export function CustomerStep({ form, update, errors }: Props) {
  const picked = form.picked;
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="h3" component="h3" color="text.secondary">
        Location
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' }, columnGap: 1.5 }}>
        <CountryField
          value={form.country}
          onChange={(country) => update({ country, picked: picked && picked.address.country === country ? picked : null })}
          error={errors['customer.address.country']}
        />
        <CityField
          country={form.country}
          city={form.city}
          onChange={({ city, region }) => update({ city, region: region || form.region, picked: null })}
          error={errors['customer.address.city']}
        />
        <TextField
          label="Region or state"
          value={form.region}
          onChange={(e) => update({ region: e.target.value, picked: null })}
          disabled={!form.country}
          size="small"
          error={Boolean(errors['customer.address.region'])}
          helperText={errors['customer.address.region'] ?? ' '}
        />
      </Box>
      <CustomerNameField
        country={form.country}
        city={form.city}
        name={form.customerName}
        picked={picked}
        onType={(customerName) => update({ customerName, picked: picked && picked.name === customerName ? picked : null })}
        onPick={(c) => update({ picked: c, customerName: c.name, city: c.address.city, region: c.address.region })}
        error={errors['customer.name']}
      />
      {picked ? (
        <Paper variant="outlined" sx={{ p: 1.5, display: 'flex', alignItems: 'center', gap: 2 }} role="status">
          <Box sx={{ flex: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {picked.name}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {[
                picked.address.addressLine1,
                picked.address.city,
                picked.address.region,
                picked.address.postalCode,
                countryName(picked.address.country),
              ]
                .filter(Boolean)
                .join(', ')}
              {' · '}
              {picked.duns ? `D-U-N-S ${picked.duns}` : 'no D-U-N-S number'}
            </Typography>
          </Box>
          <Button size="small" onClick={() => update({ picked: null })}>
            Not this one
          </Button>
        </Paper>
      ) : (
        form.customerName.trim() && (
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' }, columnGap: 1.5 }}>
            <TextField
              label="Street address"
              value={form.addressLine1}
              onChange={(e) => update({ addressLine1: e.target.value })}
              size="small"
              helperText="Optional: for a customer not in the directory"
            />
            <TextField
              label="Postal code"
              value={form.postalCode}
              onChange={(e) => update({ postalCode: e.target.value })}
              size="small"
              helperText=" "
            />
          </Box>
        )
      )}

      <Typography variant="h3" component="h3" color="text.secondary" sx={{ mt: 2 }}>
        Customer contact (optional)
      </Typography>
      <Alert severity="info" variant="outlined" sx={{ mb: 1 }}>
        A customer contact and the customer's consent are required if you ask for Microsoft's help in the last step.
      </Alert>
      <ContactFields value={form.contact} onChange={(contact) => update({ contact })} errors={errorsUnder(errors, 'customerContact.')} />
      {errors.customerContact && <FormHelperText error>{errors.customerContact}</FormHelperText>}
      <FormControlLabel
        control={<Checkbox checked={form.consent} onChange={(e) => update({ consent: e.target.checked })} />}
        label="The customer agreed to share this contact with Microsoft"
      />
      {errors.consentToShareCustomerContact && <FormHelperText error>{errors.consentToShareCustomerContact}</FormHelperText>}
    </Box>
  );
}
