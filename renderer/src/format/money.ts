const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(currency: string, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Money travels as a decimal string; it becomes a Number only here, for display, never for arithmetic.
 * An unknown currency code or a malformed amount falls back to the raw text rather than throwing.
 */
export function formatMoney(value: string, currency: string, locale?: string): string {
  const amount = Number(value);
  if (value.trim() === '' || !Number.isFinite(amount)) return `${value} ${currency}`.trim();
  try {
    return currencyFormatter(currency, locale).format(amount);
  } catch {
    return `${value} ${currency}`;
  }
}
