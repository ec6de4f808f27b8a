import type { Database } from 'better-sqlite3';
import type { Contact } from '../../../shared/domain';
import type { Draft } from '../../../shared/ipc';
import type { Clock } from '../ports';

const DRAFT_PREFIX = 'draft:';

/**
 * drafts:* keep unfinished forms in the store (the `meta` table), so they survive closing the app or
 * a crash; contacts:recent offers team members from earlier deals for one-click add.
 */
export function createDrafts(db: Database, clock: Clock) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const write = db.prepare<[string, string]>(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare<[string]>('DELETE FROM meta WHERE key = ?');
  // Newest deals first; team members are read from the full referral, the first mention of an email wins.
  const recentTeams = db.prepare<[number], { team: string | null }>(
    "SELECT json_extract(json, '$.team') AS team FROM referrals ORDER BY created DESC, id DESC LIMIT ?",
  );

  return {
    get(key: string): Draft | null {
      const row = read.get(DRAFT_PREFIX + key);
      if (!row) return null;
      const stored = JSON.parse(row.value) as { value: unknown; savedAt: string };
      return { key, value: stored.value, savedAt: stored.savedAt };
    },
    save(key: string, value: unknown): { savedAt: string } {
      const savedAt = clock.now().toISOString();
      write.run(DRAFT_PREFIX + key, JSON.stringify({ value, savedAt }));
      return { savedAt };
    },
    discard(key: string): Record<string, never> {
      remove.run(DRAFT_PREFIX + key);
      return {};
    },
    recentContacts(limit: number): Contact[] {
      const seen = new Map<string, Contact>();
      for (const { team } of recentTeams.all(200)) {
        for (const member of team ? (JSON.parse(team) as Contact[]) : []) {
          const email = member.email.toLowerCase();
          if (!seen.has(email)) seen.set(email, member);
          if (seen.size >= limit) return [...seen.values()];
        }
      }
      return [...seen.values()];
    },
  };
}
