/**
 * Amounts as a seller types them, in their locale (issue 14): "250,000" or "250,000.50" in English, "250 000" or
 * "250 000,50" in Russian, the way the list shows amounts. Turned into the plain decimal the contract takes
 * ("250000.50"); a text that is not a well-grouped amount of the locale is left as typed, for the shared schema
 * to refuse with its message ("12,5" in English is not 12.5, nor 125).
 */
const separatorCache = new Map<string, { group: string; decimal: string }>();

function separatorsOf(locale: string | undefined): { group: string; decimal: string } {
  const key = locale ?? '';
  let found = separatorCache.get(key);
  if (!found) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
    found = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(key, found);
  }
  return found;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Locales that group with a space (Russian: U+00A0, newer data: U+202F) also take the plain space people type. */
const SPACES = ' \u00a0\u202f';

export function normalizeAmount(text: string, locale?: string): string {
  const t = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return t;
  const { group, decimal } = separatorsOf(locale);
  const groupClass = SPACES.includes(group) ? `[${SPACES}]` : escape(group);
  const pattern = new RegExp(`^(-?)(\\d{1,3}(?:${groupClass}\\d{3})+|\\d+)(?:${escape(decimal)}(\\d+))?$`, 'u');
  const m = pattern.exec(t);
  if (!m) return t;
  const [, sign = '', whole = '', fraction] = m;
  return `${sign}${whole.replace(new RegExp(groupClass, 'gu'), '')}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** The locale amounts are typed in: the page's language (set with the interface language), else the browser's. */
export function inputLocale(): string | undefined {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return lang || (typeof navigator === 'undefined' ? undefined : navigator.language);
}
