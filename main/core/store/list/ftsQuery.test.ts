import Sqlite from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPattern, listMatch, MAX_SEARCH_TOKENS, scopedMatch } from './ftsQuery';

const words = '{name customer_name notes crm_id campaign_id} : ';

describe('listMatch', () => {
  it('quotes each word as a prefix over the searched columns and ANDs them', () => {
    expect(listMatch({ search: 'azure MIGR' })).toBe(`${words}"azure"* AND ${words}"MIGR"*`);
    expect(listMatch({ search: 'CRM-00123' })).toBe(`${words}"CRM"* AND ${words}"00123"*`);
    expect(listMatch({ search: 'Zürich' })).toBe(`${words}"Zürich"*`);
  });

  it('treats empty, blank and punctuation-only text as no filter', () => {
    for (const s of [undefined, null, '', '   ', '\t\n', '"', '***', '-()-', ':']) expect(listMatch({ search: s })).toBeNull();
  });

  it('keeps FTS5 operators as plain words', () => {
    expect(listMatch({ search: 'NEAR(a b) OR NOT c' })).toBe(
      ['NEAR', 'a', 'b', 'OR', 'NOT', 'c'].map((w) => `${words}"${w}"*`).join(' AND '),
    );
    expect(listMatch({ search: 'name:acme' })).toBe(`${words}"name"* AND ${words}"acme"*`);
  });

  it(`uses at most ${MAX_SEARCH_TOKENS} words`, () => {
    expect(listMatch({ search: 'a b c d e f g h i j' })?.split(' AND ')).toHaveLength(MAX_SEARCH_TOKENS);
  });

  it('the customer filter matches word prefixes in the customer name only', () => {
    expect(listMatch({ customer: 'wood log' })).toBe('customer_name : "wood"* AND customer_name : "log"*');
    expect(listMatch({ search: 'x', customer: ' ' })).toBe(`${words}"x"*`);
    expect(listMatch({})).toBeNull();
  });

  it('scopes the words to a tab and its ticked stages; every stage or favorites adds nothing', () => {
    expect(scopedMatch({ search: 'x' }, 'inbound', ['received', 'accepted'])).toBe(
      `${words}"x"* AND scope : "dinbound" AND scope : ("sreceived" OR "saccepted")`,
    );
    expect(scopedMatch({ search: 'x' }, 'outbound', ['received', 'accepted', 'archived'])).toBe(`${words}"x"* AND scope : "doutbound"`);
    expect(scopedMatch({ search: 'x' }, null, [])).toBe(`${words}"x"*`);
    expect(scopedMatch({ search: ' ' }, 'inbound', ['received'])).toBeNull();
  });
});

describe('against FTS5', () => {
  const db = new Sqlite(':memory:');
  db.exec(
    "CREATE VIRTUAL TABLE t USING fts5(name, customer_name, notes, crm_id, campaign_id, scope, tokenize='unicode61 remove_diacritics 2', prefix='2 3');" +
      "INSERT INTO t VALUES ('Azure migration', 'Contoso Ltd', '', 'CRM-1', '', 'dinbound sreceived');" +
      "INSERT INTO t VALUES ('Azure pilot', 'Fabrikam', '', '', '', 'doutbound saccepted');",
  );
  const search = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM t WHERE t MATCH ?');
  const count = (m: string | null) => (m === null ? -1 : (search.get(m)?.n ?? 0));

  it('finds the words inside the tab and stages asked for', () => {
    expect(count(scopedMatch({ search: 'azu' }, null, []))).toBe(2);
    expect(count(scopedMatch({ search: 'azu' }, 'inbound', ['received', 'accepted', 'archived']))).toBe(1);
    expect(count(scopedMatch({ search: 'azu' }, 'outbound', ['received']))).toBe(0);
    expect(count(scopedMatch({ search: 'azu' }, 'outbound', ['accepted', 'archived']))).toBe(1);
  });

  it('a person typing a scope token does not match the tab or stage words', () => {
    expect(count(listMatch({ search: 'dinbound' }))).toBe(0);
    expect(count(listMatch({ search: 'sreceived' }))).toBe(0);
  });

  it('never produces an FTS5 syntax error, whatever a person types', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 30 }), (s, c) => {
        const m = scopedMatch({ search: s, customer: c }, 'inbound', ['received']);
        if (m) count(m);
      }),
      { numRuns: 400 },
    );
  });
});

describe('containsPattern', () => {
  it('LIKE patterns take % and _ literally', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
