/** Most tokens a search uses; more words rarely narrow a list further and each one costs a lookup. */
export const MAX_SEARCH_TOKENS = 8;

/**
 * Turns what a person typed into a safe FTS5 query: words split like the unicode61 tokenizer does,
 * each quoted as a prefix ("acme"* AND "migr"*). User text can never reach FTS5 as syntax (no
 * operators, column filters or unbalanced quotes), so no input causes a syntax error.
 * Returns null for an empty or punctuation-only search: no filter.
 */
export function ftsQuery(search: string | undefined | null): string | null {
  const tokens = searchTokens(search);
  if (tokens.length === 0) return null;
  return tokens.map((t) => `"${t}"*`).join(' AND ');
}

/** Words of what a person typed, split like unicode61 splits the indexed text (letters, digits, marks). */
export function searchTokens(text: string | undefined | null): string[] {
  return (text ?? '')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, MAX_SEARCH_TOKENS);
}

/**
 * The one MATCH expression for a list query: the search over every indexed column, and the customer
 * filter as word prefixes of the customer name ("wood log" finds "Woodgrove Logistics Ltd").
 */
export function listMatch(q: { search?: string | null; customer?: string | null }): string | null {
  const parts = [...searchTokens(q.search).map((t) => `"${t}"*`), ...searchTokens(q.customer).map((t) => `customer_name : "${t}"*`)];
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/** LIKE pattern for "contains", with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}
