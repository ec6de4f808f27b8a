import type { Database } from 'better-sqlite3';
import type { Customer } from '../../../shared/domain';
import type { HandlersOf } from '../../../shared/ipc';
import { containsPattern } from '../store/list/ftsQuery';

type CustomerRecord = { id: string; name: string; address: string; duns: string | null };

/** directory:searchCustomers, from the offline copy of the customer directory (refreshed by sync, see sync/catalog.ts). */
export function createDirectoryHandlers(db: Database): HandlersOf<'directory'> {
  // Names that start with the text come first, then names that merely contain it.
  const search = db.prepare<[{ contains: string; prefix: string; country: string | null; limit: number }], CustomerRecord>(
    `SELECT id, name, address, duns FROM customers
     WHERE name LIKE @contains ESCAPE '\\' AND (@country IS NULL OR country = @country)
     ORDER BY (name LIKE @prefix ESCAPE '\\') DESC, name, city, id LIMIT @limit`,
  );
  return {
    'directory:searchCustomers': (input) => {
      const text = input.query.trim();
      const prefix = text.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
      return search.all({ contains: containsPattern(text), prefix, country: input.country ?? null, limit: input.limit }).map((c) => ({
        id: c.id,
        name: c.name,
        address: JSON.parse(c.address) as Customer['address'],
        ...(c.duns ? { duns: c.duns } : {}),
      }));
    },
  };
}
