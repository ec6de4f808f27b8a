import type { Database } from 'better-sqlite3';
import type { HandlersOf } from '../../../shared/ipc';
import type { Clock } from '../ports';

const DRAFT_PREFIX = 'draft:';

/**
 * drafts:* keep unfinished forms (the create-deal wizard's) in the store's `meta` table, so they survive
 * closing the app or a crash.
 */
export function createDraftHandlers(db: Database, clock: Clock): HandlersOf<'drafts'> {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const write = db.prepare<[string, string]>(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare<[string]>('DELETE FROM meta WHERE key = ?');

  return {
    'drafts:get': ({ key }) => {
      const row = read.get(DRAFT_PREFIX + key);
      if (!row) return null;
      const stored = JSON.parse(row.value) as { value: unknown; savedAt: string };
      return { key, value: stored.value, savedAt: stored.savedAt };
    },
    'drafts:save': ({ key, value }) => {
      const savedAt = clock.now().toISOString();
      write.run(DRAFT_PREFIX + key, JSON.stringify({ value, savedAt }));
      return { savedAt };
    },
    'drafts:discard': ({ key }) => {
      remove.run(DRAFT_PREFIX + key);
      return {};
    },
  };
}
