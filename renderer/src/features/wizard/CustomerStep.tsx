import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Controller, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useErrorWords, useFormat } from '../../i18n';
import { ContactFields } from '../forms/ContactFields';
import { contactPaths } from '../forms/contactForm';
import { fieldMessage } from '../forms/formMessages';
import { FormTextField } from '../forms/FormTextField';
import { countryName } from './countries';
import { CityField, CountryField, CustomerNameField } from './CustomerFields';
import type { WizardFormApi } from './WizardStep';

/** Step 1: where the customer is, who they are (from the directory or typed), and an optional contact with consent. */
export function CustomerStep({ form }: { form: WizardFormApi }) {
  const { t } = useTranslation('wizard');
  const { locale } = useFormat();
  const { sayMessage } = useErrorWords();
  const said = (message: string | undefined) => (message ? sayMessage(message) : undefined);
  const { control, setValue } = form;
  // Leaf names: react-hook-form matches names by prefix, and "customer" would also follow every key typed in "customerContact".
  const [name, country, city, region, picked] = useWatch({
    control,
    name: ['customer.name', 'customer.address.country', 'customer.address.city', 'customer.address.region', 'picked'],
  });
  const { errors } = useFormState({ control, name: ['customer', 'customerContact', 'consentToShareCustomerContact'] });
  // Any edit to where or who the customer is means a customer typed by hand, not the directory entry picked.
  const unpick = () => setValue('picked', null);

  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="h3" component="h3" color="text.secondary">
        {t('location')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' }, columnGap: 1.5 }}>
        <CountryField
          value={country}
          onChange={(code) => {
            setValue('customer.address.country', code);
            if (picked && picked.address.country !== code) unpick();
          }}
          error={fieldMessage(errors.customer?.address?.country, country, t('chooseCountry'))}
        />
        <CityField
          country={country}
          city={city}
          onChange={(place) => {
            setValue('customer.address.city', place.city);
            setValue('customer.address.region', place.region || region);
            unpick();
          }}
          error={said(errors.customer?.address?.city?.message)}
        />
        <FormTextField control={control} name="customer.address.region" label={t('region')} disabled={!country} onEdited={unpick} />
      </Box>
      <CustomerNameField
        country={country}
        city={city}
        name={name}
        picked={picked}
        onType={(typed) => {
          setValue('customer.name', typed);
          if (picked && picked.name !== typed) unpick();
        }}
        onPick={(c) => {
          setValue('picked', c);
          setValue('customer.name', c.name);
          setValue('customer.address.city', c.address.city);
          setValue('customer.address.region', c.address.region);
        }}
        error={said(errors.customer?.name?.message)}
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
                countryName(picked.address.country, locale),
              ]
                .filter(Boolean)
                .join(', ')}
              {' · '}
              {picked.duns ? t('duns', { duns: picked.duns }) : t('noDuns')}
            </Typography>
          </Box>
          <Button size="small" onClick={unpick}>
            {t('notThisOne')}
          </Button>
        </Paper>
      ) : (
        name.trim() && (
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' }, columnGap: 1.5 }}>
            <FormTextField control={control} name="customer.address.addressLine1" label={t('street')} hint={t('streetHint')} />
            <FormTextField control={control} name="customer.address.postalCode" label={t('postalCode')} />
          </Box>
        )
      )}

      <Typography variant="h3" component="h3" color="text.secondary" sx={{ mt: 2 }}>
        {t('contact')}
      </Typography>
      <Alert severity="info" variant="outlined" sx={{ mb: 1 }}>
        {t('contactForHelp')}
      </Alert>
      <ContactFields control={control} names={contactPaths('customerContact')} />
      {errors.customerContact?.message && <FormHelperText error>{sayMessage(errors.customerContact.message)}</FormHelperText>}
      <Controller
        control={control}
        name="consentToShareCustomerContact"
        render={({ field, fieldState }) => (
          <>
            <FormControlLabel
              control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
              label={t('consent')}
            />
            {fieldState.error?.message && <FormHelperText error>{sayMessage(fieldState.error.message)}</FormHelperText>}
          </>
        )}
      />
    </Box>
  );
}
