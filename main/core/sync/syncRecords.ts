import type { Database } from 'better-sqlite3';
import type { SyncState } from '../../../shared/domain';
import type { ConflictField } from './conflictPolicy';

/** `message`: encoded words (errors:sync.issue.*; English text in rows an older version wrote); `details`: what did not fit, as read. */
export type SyncIssue = { id: number; referralId: string | null; at: string; message: string; details: string };
export type SyncNotice = {
  id: number;
  referralId: string;
  at: string;
  kind: 'serviceClosed' | 'refused' | 'notFound' | 'conflictResolved';
  message: string;
};
export type ConflictRecord = {
  id: number;
  referralId: string;
  leadSeq: number;
  field: string;
  local: unknown;
  server: unknown;
  serverETag: string;
  created: string;
};

type IssueRow = { id: number; referral_id: string | null; at: string; message: string; details: string };
type NoticeRow = { id: number; referral_id: string; at: string; kind: SyncNotice['kind']; message: string };
type ConflictRow = {
  id: number;
  referral_id: string;
  lead_seq: number;
  field: string;
  local_value: string;
  server_value: string;
  server_etag: string;
  created: string;
};

/** Bad records, notices for the seller and open conflicts (tables of migration 0002). */
export function createSyncRecords(db: Database) {
  const q = {
    upsertIssue: db.prepare(
      `INSERT INTO sync_issues (referral_id, at, message, details) VALUES (@referral_id, @at, @message, @details)
       ON CONFLICT(referral_id) DO UPDATE SET at = excluded.at, message = excluded.message, details = excluded.details`,
    ),
    clearIssue: db.prepare<[string]>('DELETE FROM sync_issues WHERE referral_id = ?'),
    issues: db.prepare<[], IssueRow>('SELECT id, referral_id, at, message, details FROM sync_issues ORDER BY id'),
    hasIssue: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM sync_issues WHERE referral_id = ?'),
    issueIds: db.prepare<[], { referral_id: string }>('SELECT referral_id FROM sync_issues WHERE referral_id IS NOT NULL ORDER BY id'),
    addNotice: db.prepare('INSERT INTO sync_notices (referral_id, at, kind, message) VALUES (?, ?, ?, ?)'),
    notices: db.prepare<[number], NoticeRow>('SELECT id, referral_id, at, kind, message FROM sync_notices ORDER BY id DESC LIMIT ?'),
    addConflict: db.prepare(
      'INSERT INTO conflicts (referral_id, lead_seq, field, local_value, server_value, server_etag, created) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    conflicts: db.prepare<[], ConflictRow>('SELECT * FROM conflicts ORDER BY referral_id, id'),
    conflictsOf: db.prepare<[string], ConflictRow>('SELECT * FROM conflicts WHERE referral_id = ? ORDER BY id'),
    hasConflict: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM conflicts WHERE referral_id = ? LIMIT 1'),
    clearConflicts: db.prepare<[string]>('DELETE FROM conflicts WHERE referral_id = ?'),
    serverIdOf: db.prepare<[string], { server_id: string }>('SELECT server_id FROM referral_ids WHERE local_id = ?'),
  };
  const conflictOf = (r: ConflictRow): ConflictRecord => ({
    id: r.id,
    referralId: r.referral_id,
    leadSeq: r.lead_seq,
    field: r.field,
    serverETag: r.server_etag,
    created: r.created,
    local: JSON.parse(r.local_value) as unknown,
    server: JSON.parse(r.server_value) as unknown,
  });
  // undefined (a member the service does not have) is stored as null: JSON has no undefined.
  const json = (v: unknown) => JSON.stringify(v === undefined ? null : v);

  return {
    reportIssue: (referralId: string | null, at: string, message: string, details: string) =>
      void q.upsertIssue.run({ referral_id: referralId, at, message, details }),
    clearIssue: (referralId: string) => q.clearIssue.run(referralId).changes > 0,
    issues: (): SyncIssue[] =>
      q.issues.all().map((r) => ({ id: r.id, referralId: r.referral_id, at: r.at, message: r.message, details: r.details })),
    issueReferralIds: (): string[] => q.issueIds.all().map((r) => r.referral_id),
    addNotice: (n: Omit<SyncNotice, 'id'>) => void q.addNotice.run(n.referralId, n.at, n.kind, n.message),
    notices: (limit = 100): SyncNotice[] =>
      q.notices.all(limit).map((r) => ({ id: r.id, referralId: r.referral_id, at: r.at, kind: r.kind, message: r.message })),
    addConflicts(referralId: string, leadSeq: number, fields: readonly ConflictField[], serverETag: string, at: string): void {
      q.clearConflicts.run(referralId);
      for (const f of fields) q.addConflict.run(referralId, leadSeq, f.field, json(f.local), json(f.server), serverETag, at);
    },
    conflicts: (): ConflictRecord[] => q.conflicts.all().map(conflictOf),
    conflictsOf: (referralId: string): ConflictRecord[] => q.conflictsOf.all(referralId).map(conflictOf),
    hasConflict: (referralId: string): boolean => q.hasConflict.get(referralId) !== undefined,
    clearConflicts: (referralId: string) => void q.clearConflicts.run(referralId),
    /** The service's id of a deal created offline as `localId`, once sync has sent it (viewWriter records it). */
    serverIdOf: (localId: string): string | null => q.serverIdOf.get(localId)?.server_id ?? null,
    /** What the deal's detail shows: a conflict waits for the seller; a record the service sent that could not be read is an error. */
    syncStateOf: (referralId: string, pending: number): SyncState =>
      q.hasConflict.get(referralId) ? 'conflict' : q.hasIssue.get(referralId) ? 'error' : pending > 0 ? 'pending' : 'synced',
  };
}

export type SyncRecords = ReturnType<typeof createSyncRecords>;
