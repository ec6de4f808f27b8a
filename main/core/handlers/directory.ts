import type { Customer, Solution, SolutionKind } from '../../../shared/domain';
import type { Database } from 'better-sqlite3';
import { containsPattern } from '../list/ftsQuery';

type CustomerRecord = { id: string; name: string; address: string; duns: string | null };
type SolutionRecord = { id: string; name: string; publisher: string; kind: SolutionKind; registration_eligible: number };

/** directory:searchCustomers and catalog:listSolutions, from the offline copies in the store. */
export function createDirectory(db: Database) {
  // Names that start with the text come first, then names that merely contain it.
  const search = db.prepare<[{ contains: string; prefix: string; country: string | null; limit: number }], CustomerRecord>(
    `SELECT id, name, address, duns FROM customers
     WHERE name LIKE @contains ESCAPE '\\' AND (@country IS NULL OR country = @country)
     ORDER BY (name LIKE @prefix ESCAPE '\\') DESC, name, city, id LIMIT @limit`,
  );
  const solutions = db.prepare<[{ kind: string | null }], SolutionRecord>(
    `SELECT id, name, publisher, kind, registration_eligible FROM solutions
     WHERE @kind IS NULL OR kind = @kind ORDER BY CASE kind WHEN 'own' THEN 0 WHEN 'microsoft' THEN 1 ELSE 2 END, name, id`,
  );
  return {
    searchCustomers(input: { query: string; country?: string; limit: number }): Customer[] {
      const text = input.query.trim();
      const prefix = text.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
      return search.all({ contains: containsPattern(text), prefix, country: input.country ?? null, limit: input.limit }).map((c) => ({
        id: c.id,
        name: c.name,
        address: JSON.parse(c.address) as Customer['address'],
        ...(c.duns ? { duns: c.duns } : {}),
      }));
    },
    listSolutions(input: { kind?: SolutionKind }): Solution[] {
      return solutions.all({ kind: input.kind ?? null }).map((s) => ({
        id: s.id,
        name: s.name,
        publisher: s.publisher,
        kind: s.kind,
        registrationEligible: s.registration_eligible === 1,
      }));
    },
  };
}
