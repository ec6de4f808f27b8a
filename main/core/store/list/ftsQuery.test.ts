import Sqlite from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPattern, ftsQuery, listMatch, MAX_SEARCH_TOKENS } from './ftsQuery';

describe('ftsQuery', () => {
  it('quotes each word as a prefix and ANDs them', () => {
    expect(ftsQuery('azure MIGR')).toBe('"azure"* AND "MIGR"*');
    expect(ftsQuery('CRM-00123')).toBe('"CRM"* AND "00123"*');
    expect(ftsQuery('Zürich')).toBe('"Zürich"*');
  });

  it('treats empty, blank and punctuation-only text as no filter', () => {
    for (const s of [undefined, null, '', '   ', '\t\n', '"', '***', '-()-', ':']) expect(ftsQuery(s)).toBeNull();
  });

  it('keeps FTS5 operators as plain words', () => {
    expect(ftsQuery('NEAR(a b) OR NOT c')).toBe('"NEAR"* AND "a"* AND "b"* AND "OR"* AND "NOT"* AND "c"*');
    expect(ftsQuery('name:acme')).toBe('"name"* AND "acme"*');
  });

  it(`uses at most ${MAX_SEARCH_TOKENS} words`, () => {
    expect(ftsQuery('a b c d e f g h i j')?.split(' AND ')).toHaveLength(MAX_SEARCH_TOKENS);
  });

  it('the customer filter matches word prefixes in the customer name only', () => {
    expect(listMatch({ customer: 'wood log' })).toBe('customer_name : "wood"* AND customer_name : "log"*');
    expect(listMatch({ search: 'x', customer: ' ' })).toBe('"x"*');
    expect(listMatch({})).toBeNull();
  });

  it('never produces an FTS5 syntax error, whatever a person types', () => {
    const db = new Sqlite(':memory:');
    db.exec(
      "CREATE VIRTUAL TABLE t USING fts5(name, customer_name, tokenize='unicode61 remove_diacritics 2'); INSERT INTO t VALUES ('Azure migration', 'Contoso Ltd');",
    );
    const search = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 30 }), (s, c) => {
        const m = listMatch({ search: s, customer: c });
        if (m) search.get(m);
      }),
      { numRuns: 400 },
    );
    db.close();
  });

  it('LIKE patterns take % and _ literally', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
