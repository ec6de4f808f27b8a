import type { TFunction } from 'i18next';

/** A history value in a few words: text as is, lists as a count, anything else as short JSON. */
export function formatChangeValue(t: TFunction, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return t('items', { count: value.length });
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}
