import { searchedColumns } from '../searchIndex';

/** Most tokens a search uses; more words rarely narrow a list further and each one costs a lookup. */
export const MAX_SEARCH_TOKENS = 8;

/** Words of what a person typed, split like unicode61 splits the indexed text (letters, digits, marks). */
export function searchTokens(text: string | undefined | null): string[] {
  return (text ?? '')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, MAX_SEARCH_TOKENS);
}

/**
 * The one MATCH expression for a list query's words: each word a quoted prefix over the searched columns
 * (`{name …} : "azure"* AND …`), and the customer filter as word prefixes of the customer name ("wood log"
 * finds "Woodgrove Logistics Ltd"). What a person types never reaches FTS5 as syntax (no operators, column
 * filters or unbalanced quotes), so no input causes a syntax error. Null for no words: no filter.
 */
export function listMatch(q: { search?: string | null; customer?: string | null }): string | null {
  const parts = [
    ...searchTokens(q.search).map((t) => `${wordColumns} : "${t}"*`),
    ...searchTokens(q.customer).map((t) => `customer_name : "${t}"*`),
  ];
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/** A person's words are looked for in these columns only: the index's `scope` column holds tab and stage. */
const wordColumns = `{${searchedColumns.join(' ')}}`;

/**
 * The MATCH of a list query inside its tab and stages: the words AND the scope tokens (see searchIndex.ts),
 * so the hits are only this tab's. Null when the query has no words (nothing to match).
 */
export function scopedMatch(
  q: { search?: string | null; customer?: string | null },
  direction: string | null,
  stages: readonly string[],
): string | null {
  const words = listMatch(q);
  if (words === null) return null;
  const scope: string[] = [];
  if (direction !== null) scope.push(`scope : "d${direction}"`);
  if (stages.length > 0 && stages.length < 3) scope.push(`scope : (${stages.map((s) => `"s${s}"`).join(' OR ')})`);
  return [words, ...scope].join(' AND ');
}

/** LIKE pattern for "contains", with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}
