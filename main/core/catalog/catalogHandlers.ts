import type { Database } from 'better-sqlite3';
import type { SolutionKind } from '../../../shared/domain';
import type { HandlersOf } from '../../../shared/ipc';

type SolutionRecord = { id: string; name: string; publisher: string; kind: SolutionKind; registration_eligible: number };

/** catalog:listSolutions, from the offline copy of the solution catalog (refreshed by sync, see sync/catalog.ts). */
export function createCatalogHandlers(db: Database): HandlersOf<'catalog'> {
  // Our own solutions first, then Microsoft's, then other partners' (the wizard's three groups).
  const solutions = db.prepare<[{ kind: string | null }], SolutionRecord>(
    `SELECT id, name, publisher, kind, registration_eligible FROM solutions
     WHERE @kind IS NULL OR kind = @kind ORDER BY CASE kind WHEN 'own' THEN 0 WHEN 'microsoft' THEN 1 ELSE 2 END, name, id`,
  );
  return {
    'catalog:listSolutions': (input) =>
      solutions.all({ kind: input.kind ?? null }).map((s) => ({
        id: s.id,
        name: s.name,
        publisher: s.publisher,
        kind: s.kind,
        registrationEligible: s.registration_eligible === 1,
      })),
  };
}
