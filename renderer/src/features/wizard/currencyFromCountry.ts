import countryToCurrency from 'country-to-currency';
import { useEffect, useRef } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { NewDeal } from '../../../../shared/domain';
import type { WizardForm } from './wizardForm';

/** The currency a customer in this country most likely pays in (ISO 3166 alpha-2 → ISO 4217); null when unknown. */
export function currencyOfCountry(country: string): string | null {
  const table: Readonly<Record<string, string>> = countryToCurrency;
  return table[country.toUpperCase()] ?? null;
}

/**
 * The deal's currency follows the customer's country (a customer in München: EUR) until the seller picks a
 * currency by hand. The country of a picked directory entry counts as the customer's country too.
 */
export function useCurrencyFromCountry(form: UseFormReturn<WizardForm, unknown, NewDeal>): void {
  const [typed, picked] = useWatch({ control: form.control, name: ['customer.address.country', 'picked'] });
  const country = picked?.address.country ?? typed;
  const seen = useRef(country);
  useEffect(() => {
    if (seen.current === country) return;
    seen.current = country;
    const currency = currencyOfCountry(country);
    if (currency && !form.getFieldState('currency').isDirty) form.setValue('currency', currency);
  }, [country, form]);
}
