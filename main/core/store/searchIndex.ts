import type { Database } from 'better-sqlite3';

/**
 * The full-text index over the deals (`referrals_fts`, external content read from the `referrals_search`
 * view). Besides the text a person searches, each entry carries its tab and stage as `scope` tokens
 * ("dinbound sreceived"), so a search counts and pages inside its tab from the index alone (see listSql.ts).
 * There are no triggers: every write to `referrals` goes through referralStore, which keeps this in step.
 */
export type SearchRecord = {
  row_id: number;
  name: string;
  customer_name: string;
  notes: string;
  crm_id: string;
  campaign_id: string;
  scope: string;
};

/** The columns a person's words are matched against (never `scope`). */
export const searchedColumns = ['name', 'customer_name', 'notes', 'crm_id', 'campaign_id'] as const;

/** The scope tokens of a deal: its tab and stage, one word each. */
export function scopeOf(direction: string, stage: string): string {
  return `d${direction} s${stage}`;
}

const columns = 'row_id, name, customer_name, notes, crm_id, campaign_id, scope';

export function createSearchIndex(db: Database) {
  const ofId = db.prepare<[string], SearchRecord>(`SELECT ${columns} FROM referrals_search WHERE id = ?`);
  const insert = db.prepare<SearchRecord>(
    'INSERT INTO referrals_fts (rowid, name, customer_name, notes, crm_id, campaign_id, scope) VALUES (@row_id, @name, @customer_name, @notes, @crm_id, @campaign_id, @scope)',
  );
  // External-content FTS5 forgets a row only when given the exact text it indexed.
  const forget = db.prepare<SearchRecord>(
    "INSERT INTO referrals_fts (referrals_fts, rowid, name, customer_name, notes, crm_id, campaign_id, scope) VALUES ('delete', @row_id, @name, @customer_name, @notes, @crm_id, @campaign_id, @scope)",
  );
  return {
    /** What the index holds for this deal now (read before its row changes), or undefined. */
    entryOf(id: string): SearchRecord | undefined {
      return ofId.get(id);
    },
    add(entry: SearchRecord): void {
      insert.run(entry);
    },
    remove(entry: SearchRecord): void {
      forget.run(entry);
    },
    /** Re-indexes a deal whose words, tab or stage changed; nothing when none did. */
    replace(before: SearchRecord, after: SearchRecord): void {
      if (before.scope === after.scope && searchedColumns.every((c) => before[c] === after[c])) return;
      forget.run(before);
      insert.run(after);
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
