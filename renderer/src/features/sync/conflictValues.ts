import { formatCloseDate } from '../../format/dates';
import { formatMoney } from '../../format/money';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A person or a solution in a list: its name, else its email. */
function nameOf(item: unknown): string {
  if (!isRecord(item)) return String(item);
  const person = [item.firstName, item.lastName].filter((p) => typeof p === 'string' && p !== '').join(' ');
  if (person) return person;
  if (typeof item.name === 'string') return item.name;
  if (typeof item.email === 'string') return item.email;
  return JSON.stringify(item);
}

/**
 * One side of a conflict in plain words (pure): money in the deal's currency, close dates as calendar
 * dates, people and solutions by name, yes/no for switches; nothing is cut short, both sides must be
 * readable in full to choose between them.
 */
export function formatConflictValue(field: string, value: unknown, currency: string | null): string {
  if (value === undefined || value === null || value === '') return 'Empty';
  if (field === 'details.dealValue' && typeof value === 'string') return currency ? formatMoney(value, currency) : value;
  if (field === 'details.closingDateTime' && typeof value === 'string') return formatCloseDate(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.map(nameOf).join(', ');
  return JSON.stringify(value);
}

/** "1 conflict needs a decision" / "3 conflicts need a decision". */
export function conflictCountText(n: number): string {
  return n === 1 ? '1 conflict needs a decision' : `${n} conflicts need a decision`;
}
