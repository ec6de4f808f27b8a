import { directionSchema, statusSchema, substatusSchema, type Referral } from '../../shared/domain';
import { badRequest } from './errors';

/**
 * The slice of OData the referrals list understands: `field op literal` clauses joined by `and`.
 * Anything else (or, not, parentheses, functions, unknown fields) is refused with 400 rather than
 * guessed at, so a client cannot come to rely on syntax the real service may not accept.
 */
const dateFields = ['updatedDateTime', 'createdDateTime', 'expirationDateTime'] as const;
const enumFields = { status: statusSchema.options, substatus: substatusSchema.options, direction: directionSchema.options } as const;
const textFields = ['id', 'engagementId', 'externalReferenceId', 'campaignId'] as const;
const comparisons = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
type Op = (typeof comparisons)[number];

export type Clause =
  | { field: (typeof dateFields)[number]; op: Op; ms: number }
  | { field: keyof typeof enumFields | (typeof textFields)[number]; op: 'eq' | 'ne'; value: string };

export type Filter = {
  clauses: Clause[];
  test(r: Referral): boolean;
  /** Tightest `updatedDateTime gt|ge` bound, so paging can binary-search instead of scanning. */
  updatedFrom?: { ms: number; inclusive: boolean };
};

const tokenRe = /\s*(?:'((?:[^']|'')*)'|([A-Za-z_][A-Za-z0-9_/]*)|(\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:\d{2}))|(\S))/y;
type Token = { kind: 'string' | 'word' | 'datetime' | 'other'; text: string; at: number };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  tokenRe.lastIndex = 0;
  while (tokenRe.lastIndex < input.length) {
    const at = tokenRe.lastIndex;
    const m = tokenRe.exec(input);
    if (!m) break;
    if (m[1] !== undefined) tokens.push({ kind: 'string', text: m[1].replace(/''/g, "'"), at });
    else if (m[2] !== undefined) tokens.push({ kind: 'word', text: m[2], at });
    else if (m[3] !== undefined) tokens.push({ kind: 'datetime', text: m[3], at });
    else if (m[4] !== undefined) tokens.push({ kind: 'other', text: m[4], at });
  }
  return tokens;
}

const supported =
  "Supported: <field> <eq|ne|gt|ge|lt|le> <literal> clauses joined by 'and', e.g. updatedDateTime gt 2026-01-01T00:00:00Z and status eq 'New'";
const invalid = (why: string) => badRequest('InvalidFilter', `Invalid $filter: ${why}. ${supported}.`);

function parseClause(tokens: Token[], i: number): Clause {
  const [field, op, literal] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!field || field.kind !== 'word') throw invalid(`expected a field name at position ${field?.at ?? 'end'}`);
  if (!op || op.kind !== 'word' || !comparisons.includes(op.text as Op)) throw invalid(`expected an operator after ${field.text}`);
  if (!literal) throw invalid(`expected a value after ${field.text} ${op.text}`);
  const name = field.text;
  if ((dateFields as readonly string[]).includes(name)) {
    if (literal.kind === 'string') throw invalid(`${name} takes an unquoted OData date-time, like ${name} ${op.text} 2026-01-01T00:00:00Z`);
    const ms = Date.parse(literal.text);
    if (literal.kind !== 'datetime' || Number.isNaN(ms)) throw invalid(`"${literal.text}" is not an ISO 8601 date-time with a time zone`);
    return { field: name as Clause['field'] & (typeof dateFields)[number], op: op.text as Op, ms };
  }
  const isEnum = name in enumFields;
  if (!isEnum && !(textFields as readonly string[]).includes(name)) {
    throw invalid(`unknown field "${name}" (filterable: ${[...dateFields, ...Object.keys(enumFields), ...textFields].join(', ')})`);
  }
  if (op.text !== 'eq' && op.text !== 'ne') throw invalid(`${name} can only be compared with eq or ne`);
  if (literal.kind !== 'string') throw invalid(`${name} takes a quoted string, like ${name} eq 'value'`);
  let value = literal.text;
  if (isEnum) {
    // Enum values match case-insensitively ('Inbound' = 'inbound'); a value outside the enum is an error.
    const options: readonly string[] = enumFields[name as keyof typeof enumFields];
    const hit = options.find((o) => o.toLowerCase() === value.toLowerCase());
    if (!hit) throw invalid(`${name} is one of ${options.join(', ')}; got '${value}'`);
    value = hit;
  }
  return { field: name as keyof typeof enumFields, op: op.text, value };
}

function compare(op: Op, a: number, b: number): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
  }
}

function matches(c: Clause, r: Referral): boolean {
  if ('ms' in c) {
    const raw = r[c.field];
    // A referral without the date (no expirationDateTime) never matches a comparison on it, as in OData (null).
    return raw === undefined ? c.op === 'ne' : compare(c.op, Date.parse(raw), c.ms);
  }
  const equal = r[c.field] === c.value;
  return c.op === 'eq' ? equal : !equal;
}

export function parseFilter(input: string | null): Filter {
  const clauses: Clause[] = [];
  if (input !== null && input.trim() !== '') {
    const tokens = tokenize(input);
    let i = 0;
    for (;;) {
      clauses.push(parseClause(tokens, i));
      i += 3;
      if (i >= tokens.length) break;
      const joiner = tokens[i]!;
      if (joiner.kind !== 'word' || joiner.text.toLowerCase() !== 'and')
        throw invalid(`unexpected "${joiner.text}" at position ${joiner.at}`);
      i += 1;
    }
  }
  let updatedFrom: Filter['updatedFrom'];
  for (const c of clauses) {
    if (c.field !== 'updatedDateTime' || !('ms' in c) || (c.op !== 'gt' && c.op !== 'ge' && c.op !== 'eq')) continue;
    const inclusive = c.op !== 'gt';
    if (!updatedFrom || c.ms > updatedFrom.ms || (c.ms === updatedFrom.ms && !inclusive)) updatedFrom = { ms: c.ms, inclusive };
  }
  return { clauses, updatedFrom, test: (r) => clauses.every((c) => matches(c, r)) };
}

export type OrderBy = 'asc' | 'desc';

export function parseOrderBy(input: string | null): OrderBy {
  if (input === null || input.trim() === '') return 'asc';
  const m = /^\s*updatedDateTime(?:\s+(asc|desc))?\s*$/i.exec(input);
  if (!m)
    throw badRequest('InvalidOrderBy', `Invalid $orderby "${input}": only "updatedDateTime asc" or "updatedDateTime desc" is supported.`);
  return (m[1]?.toLowerCase() as OrderBy | undefined) ?? 'asc';
}

export const MAX_TOP = 100;

export function parseTop(input: string | null): number {
  if (input === null) return MAX_TOP;
  if (!/^\d+$/.test(input.trim())) throw badRequest('InvalidTop', `Invalid $top "${input}": use a whole number from 1 to ${MAX_TOP}.`);
  const top = Number(input);
  if (top < 1 || top > MAX_TOP) throw badRequest('InvalidTop', `$top must be from 1 to ${MAX_TOP}; got ${top}.`);
  return top;
}
