import type { Database } from 'better-sqlite3';
import { CATALOG_KEY, CURSOR_KEY, LAST_SYNC_KEY } from './syncDeps';

/** The service address the store last synced with. */
export const SERVICE_URL_KEY = 'sync.serviceUrl';

/**
 * The delta cursor belongs to one service: after the seller points the app at another address, a delta
 * from the old service's time would miss every older record of the new one. Called when an engine is
 * built for `serviceUrl`: on a new address the cursor, the catalog time and the last-sync time are
 * forgotten, so the next pass is a full pull. Local deals, favorites and queued changes stay.
 * Returns true when it forgot them.
 */
export function startOverOnNewService(db: Database, serviceUrl: string): boolean {
  const previous =
    (db.prepare('SELECT value FROM meta WHERE key = ?').get(SERVICE_URL_KEY) as { value: string } | undefined)?.value ?? null;
  if (previous === serviceUrl) return false;
  db.transaction(() => {
    // A store synced before this key existed keeps its cursor: its address is not known to differ.
    if (previous !== null) db.prepare('DELETE FROM meta WHERE key IN (?, ?, ?)').run(CURSOR_KEY, CATALOG_KEY, LAST_SYNC_KEY);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
      SERVICE_URL_KEY,
      serviceUrl,
    );
  }).immediate();
  return previous !== null;
}
