import { describe, expect, it } from 'vitest';
import { parseFilter, parseOrderBy, parseTop } from './odata';

describe('OData subset', () => {
  it('parses clauses joined by and, with quoted strings and unquoted date-times', () => {
    const f = parseFilter("updatedDateTime ge 2026-01-01T00:00:00.000Z and substatus eq 'received' and externalReferenceId ne 'O''Brien'");
    expect(f.clauses).toEqual([
      { field: 'updatedDateTime', op: 'ge', ms: Date.parse('2026-01-01T00:00:00Z') },
      { field: 'substatus', op: 'eq', value: 'Received' },
      { field: 'externalReferenceId', op: 'ne', value: "O'Brien" },
    ]);
    expect(f.updatedFrom).toEqual({ ms: Date.parse('2026-01-01T00:00:00Z'), inclusive: true });
  });

  it('keeps the tightest updatedDateTime lower bound for the index', () => {
    const f = parseFilter('updatedDateTime gt 2026-01-02T00:00:00Z and updatedDateTime ge 2026-01-01T00:00:00Z');
    expect(f.updatedFrom).toEqual({ ms: Date.parse('2026-01-02T00:00:00Z'), inclusive: false });
    expect(parseFilter('').clauses).toEqual([]);
  });

  it('a missing date never matches, except ne', () => {
    const f = parseFilter('expirationDateTime lt 2030-01-01T00:00:00Z');
    const base = { status: 'New', expirationDateTime: undefined } as never;
    expect(f.test(base)).toBe(false);
    expect(parseFilter('expirationDateTime ne 2030-01-01T00:00:00Z').test(base)).toBe(true);
  });

  it.each(["status eq 'New' and", "status eq 'New' status eq 'Active'", "status eq 'New", 'not status', "name eq 'x'"])(
    'refuses %s',
    (text) => {
      expect(() => parseFilter(text)).toThrow(/Invalid \$filter/);
    },
  );

  it('orderby and top', () => {
    expect(parseOrderBy(null)).toBe('asc');
    expect(parseOrderBy('updatedDateTime DESC')).toBe('desc');
    expect(() => parseOrderBy('updatedDateTime sideways')).toThrow(/orderby/);
    expect(parseTop(null)).toBe(100);
    expect(parseTop('1')).toBe(1);
    expect(() => parseTop('100.0')).toThrow(/whole number/);
  });
});
