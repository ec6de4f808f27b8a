import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/domain';
import { useSearchCustomersQuery } from '../../api/workspaceApi';
import { useFormat } from '../../i18n';
import { useDebounced } from '../../ui/useDebounced';
import { countryList, countryName } from './countries';

type CountryProps = { value: string; onChange: (code: string) => void; error?: string };

/** The customer's country, chosen first: it narrows the city and name suggestions. */
export function CountryField({ value, onChange, error }: CountryProps) {
  const { t } = useTranslation('wizard');
  const { locale } = useFormat();
  const options = useMemo(() => countryList(locale).map((c) => c.code), [locale]);
  return (
    <Autocomplete
      options={options}
      value={value || null}
      onChange={(_e, code) => onChange(code ?? '')}
      getOptionLabel={(code) => `${countryName(code, locale)} (${code})`}
      autoHighlight
      renderInput={(params) => (
        <TextField {...params} label={t('country')} required size="small" error={Boolean(error)} helperText={error ?? ' '} />
      )}
    />
  );
}

type Place = { city: string; region: string };
type CityProps = { country: string; city: string; onChange: (place: Place) => void; error?: string };

/** City, with the places the customer directory knows in that country offered; any other city can be typed. */
export function CityField({ country, city, onChange, error }: CityProps) {
  const { t } = useTranslation('wizard');
  const { data } = useSearchCustomersQuery({ query: '', country, limit: 50 }, { skip: !country });
  const places = useMemo(() => {
    const seen = new Map<string, Place>();
    for (const c of data ?? []) seen.set(c.address.city, { city: c.address.city, region: c.address.region });
    return [...seen.values()].sort((a, b) => a.city.localeCompare(b.city));
  }, [data]);
  return (
    <Autocomplete
      freeSolo
      disabled={!country}
      options={places}
      getOptionLabel={(p) => (typeof p === 'string' ? p : p.city)}
      inputValue={city}
      onInputChange={(_e, text, reason) =>
        reason !== 'reset' && onChange({ city: text, region: places.find((p) => p.city === text)?.region ?? '' })
      }
      onChange={(_e, p) => p && typeof p !== 'string' && onChange(p)}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('city')}
          required
          size="small"
          error={Boolean(error)}
          helperText={error ?? (country ? ' ' : t('chooseCountryFirst'))}
        />
      )}
    />
  );
}

const placeOf = (c: Customer) =>
  [c.address.addressLine1, c.address.city, c.address.region, c.address.postalCode].filter(Boolean).join(', ');

type NameProps = {
  country: string;
  city: string;
  name: string;
  picked: Customer | null;
  onType: (name: string) => void;
  onPick: (customer: Customer) => void;
  error?: string;
};

/**
 * The customer's name with suggestions from the customer directory (offline copy) in the chosen country and
 * city. Several entities can share a name and place: each suggestion shows its address and D-U-N-S number.
 */
export function CustomerNameField({ country, city, name, picked, onType, onPick, error }: NameProps) {
  const { t } = useTranslation('wizard');
  const query = useDebounced(name.trim(), 150);
  const { data, isFetching } = useSearchCustomersQuery({ query, country, limit: 30 }, { skip: !country || query.length === 0 });
  const options = useMemo(() => {
    const all = data ?? [];
    const wantedCity = city.trim().toLowerCase();
    const inCity = wantedCity ? all.filter((c) => c.address.city.toLowerCase() === wantedCity) : all;
    return inCity.length > 0 ? inCity : all;
  }, [data, city]);

  return (
    <Autocomplete
      freeSolo
      disabled={!country}
      options={options}
      filterOptions={(x) => x}
      loading={isFetching}
      value={picked}
      inputValue={name}
      getOptionLabel={(c) => (typeof c === 'string' ? c : c.name)}
      getOptionKey={(c) => (typeof c === 'string' ? c : c.id)}
      onInputChange={(_e, text, reason) => reason !== 'reset' && onType(text)}
      onChange={(_e, c) => c && typeof c !== 'string' && onPick(c)}
      renderOption={({ key, ...props }, c) => (
        <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {c.name}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div">
            {placeOf(c)} · {c.duns ? t('duns', { duns: c.duns }) : t('noDuns')}
          </Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('customerName')}
          required
          size="small"
          error={Boolean(error)}
          helperText={error ?? (country ? t('customerNameHint') : t('chooseCountryFirst'))}
        />
      )}
    />
  );
}
