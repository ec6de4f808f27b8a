import type { Database } from 'better-sqlite3';
import type { Referral } from '../../../shared/domain';
import { intentOf, type Intent, type OutboxRecord } from './intents';

/** The write on its way for one deal (table sync_flights, see migration 0002). */
export type Flight = {
  leadSeq: number;
  referralId: string;
  requestId: string;
  seqs: number[];
  method: 'POST' | 'PATCH';
  /** POST: the referral body; PATCH: the JSON Patch ops. */
  body: unknown;
  ifMatch: string | null;
  base: Referral | null;
  /** The ops came from a conflict resolution (the view applies them instead of replaying the intents). */
  resolved: boolean;
  created: string;
};

type FlightRecord = {
  lead_seq: number;
  referral_id: string;
  request_id: string;
  seqs: string;
  method: 'POST' | 'PATCH';
  body: string;
  if_match: string | null;
  base: string | null;
  resolved: number;
  created: string;
};

export type ServerCopy = { referral: Referral; etag: string; updated: string };

/** Outbox, server copies, flights and meta, as the engine needs them. Callers own transactions. */
export function createSyncStore(db: Database) {
  const q = {
    server: db.prepare<[string], { json: string; etag: string; updated: string }>(
      'SELECT json, etag, updated FROM referrals_server WHERE id = ?',
    ),
    putServer: db.prepare(
      `INSERT INTO referrals_server (id, json, etag, updated) VALUES (@id, @json, @etag, @updated)
       ON CONFLICT(id) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated = excluded.updated`,
    ),
    pending: db.prepare<[string], OutboxRecord>(
      "SELECT seq, request_id, referral_id, kind, payload, created, attempts FROM outbox WHERE referral_id = ? AND state = 'pending' ORDER BY seq",
    ),
    pendingCount: db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM outbox WHERE referral_id = ? AND state = 'pending'"),
    pendingReferrals: db.prepare<[], { referral_id: string }>(
      "SELECT referral_id FROM outbox WHERE state = 'pending' GROUP BY referral_id ORDER BY min(seq)",
    ),
    markSent: db.prepare<[number]>("UPDATE outbox SET state = 'sent', last_error = NULL WHERE seq = ?"),
    markFailed: db.prepare<[string, number]>("UPDATE outbox SET state = 'failed', last_error = ? WHERE seq = ?"),
    noteAttempt: db.prepare<[string, number]>('UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?'),
    historySynced: db.prepare<[number]>('UPDATE history SET synced = 1 WHERE outbox_seq = ?'),
    expirySynced: db.prepare<[string]>(
      "UPDATE history SET synced = 1 WHERE referral_id = ? AND action = 'expire' AND outbox_seq IS NULL AND synced = 0",
    ),
    flight: db.prepare<[string], FlightRecord>('SELECT * FROM sync_flights WHERE referral_id = ?'),
    putFlight: db.prepare(
      `INSERT INTO sync_flights (lead_seq, referral_id, request_id, seqs, method, body, if_match, base, resolved, created)
       VALUES (@lead_seq, @referral_id, @request_id, @seqs, @method, @body, @if_match, @base, @resolved, @created)
       ON CONFLICT(lead_seq) DO UPDATE SET seqs = excluded.seqs, body = excluded.body, if_match = excluded.if_match,
         base = excluded.base, resolved = excluded.resolved`,
    ),
    deleteFlight: db.prepare<[string]>('DELETE FROM sync_flights WHERE referral_id = ?'),
    meta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare<[string, string]>(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ),
    pendingIds: db.prepare<[], { referral_id: string }>("SELECT DISTINCT referral_id FROM outbox WHERE state = 'pending'"),
    base: db.prepare<[string], { json: string; etag: string }>('SELECT json, etag FROM sync_bases WHERE referral_id = ?'),
    keepBase: db.prepare<[string, string, string]>('INSERT OR IGNORE INTO sync_bases (referral_id, json, etag) VALUES (?, ?, ?)'),
    dropBase: db.prepare<[string]>('DELETE FROM sync_bases WHERE referral_id = ?'),
  };

  const flightOf = (r: FlightRecord): Flight => ({
    leadSeq: r.lead_seq,
    referralId: r.referral_id,
    requestId: r.request_id,
    seqs: JSON.parse(r.seqs) as number[],
    method: r.method,
    body: JSON.parse(r.body) as unknown,
    ifMatch: r.if_match,
    base: r.base ? (JSON.parse(r.base) as Referral) : null,
    resolved: r.resolved === 1,
    created: r.created,
  });

  return {
    serverCopy(id: string): ServerCopy | null {
      const row = q.server.get(id);
      // Written only by this module from schema-valid referrals.
      return row ? { referral: JSON.parse(row.json) as Referral, etag: row.etag, updated: row.updated } : null;
    },
    /** The stored copy unparsed: a pull compares eTag and time first and parses only a copy it replaces. */
    serverCopyRaw: (id: string): { json: string; etag: string; updated: string } | null => q.server.get(id) ?? null,
    /** `json`: JSON.stringify(r), when the caller already has it. */
    putServerCopy(r: Referral, json: string = JSON.stringify(r)): void {
      q.putServer.run({ id: r.id, json, etag: r.eTag, updated: r.updatedDateTime });
    },
    /**
     * Stores a copy unless ours is newer: a replayed write answer (request-id seen before) is the copy
     * as it was then, and a pull may already have brought a later one.
     */
    putServerCopyUnlessOlder(r: Referral): void {
      const prev = q.server.get(r.id);
      if (prev && Date.parse(prev.updated) > Date.parse(r.updatedDateTime)) return;
      q.putServer.run({ id: r.id, json: JSON.stringify(r), etag: r.eTag, updated: r.updatedDateTime });
    },
    pendingIntents: (referralId: string): Intent[] => q.pending.all(referralId).map(intentOf),
    pendingCount: (referralId: string): number => q.pendingCount.get(referralId)?.n ?? 0,
    /** Deals with something to send, the one waiting longest first. */
    pendingReferralIds: (): string[] => q.pendingReferrals.all().map((r) => r.referral_id),
    pendingIdSet: (): Set<string> => new Set(q.pendingIds.all().map((r) => r.referral_id)),
    /** The intents reached the service: out of the queue, and their history entries say synced. */
    markSent(seqs: readonly number[]): void {
      for (const s of seqs) {
        q.markSent.run(s);
        q.historySynced.run(s);
      }
    },
    /** The intents will never be sent; `reason` says why (the seller is told too, see push). */
    markFailed(seqs: readonly number[], reason: string): void {
      for (const s of seqs) {
        q.markFailed.run(reason, s);
        q.historySynced.run(s);
      }
    },
    noteAttempt: (seq: number, message: string) => void q.noteAttempt.run(message, seq),
    /** Local expiry is confirmed once the service says Expired too. */
    confirmExpiry: (referralId: string) => void q.expirySynced.run(referralId),
    flight(referralId: string): Flight | null {
      const row = q.flight.get(referralId);
      return row ? flightOf(row) : null;
    },
    saveFlight(f: Flight): void {
      q.putFlight.run({
        lead_seq: f.leadSeq,
        referral_id: f.referralId,
        request_id: f.requestId,
        seqs: JSON.stringify(f.seqs),
        method: f.method,
        body: JSON.stringify(f.body),
        if_match: f.ifMatch,
        base: f.base ? JSON.stringify(f.base) : null,
        resolved: f.resolved ? 1 : 0,
        created: f.created,
      });
    },
    deleteFlight: (referralId: string) => void q.deleteFlight.run(referralId),
    /** The copy the pending changes were made on, when a pull has replaced it since (migration 0004). */
    base(referralId: string): ServerCopy | null {
      const row = q.base.get(referralId);
      if (!row) return null;
      const referral = JSON.parse(row.json) as Referral;
      return { referral, etag: row.etag, updated: referral.updatedDateTime };
    },
    /** Keeps the first base only: the pending changes were made on that one, not on later copies. */
    keepBase: (copy: ServerCopy) => void q.keepBase.run(copy.referral.id, JSON.stringify(copy.referral), copy.etag),
    dropBase: (referralId: string) => void q.dropBase.run(referralId),
    meta: (key: string): string | null => q.meta.get(key)?.value ?? null,
    setMeta: (key: string, value: string) => void q.setMeta.run(key, value),
  };
}

export type SyncStore = ReturnType<typeof createSyncStore>;
