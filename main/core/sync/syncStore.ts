import type { Database } from 'better-sqlite3';
import type { Referral } from '../../../shared/domain';
import { intentOf, type Intent, type OutboxRecord } from './intents';
import type { LocalFields } from './wire/toDomain';

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
      `INSERT INTO referrals_server (id, json, etag, updated, wire) VALUES (@id, @json, @etag, @updated, @wire)
       ON CONFLICT(id) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated = excluded.updated,
         wire = CASE WHEN @keep = 1 THEN referrals_server.wire ELSE excluded.wire END`,
    ),
    wire: db.prepare<[string], { wire: string | null }>('SELECT wire FROM referrals_server WHERE id = ?'),
    engagement: db.prepare<[string], { referral_id: string | null; json: string | null; answer: string | null }>(
      'SELECT referral_id, json, answer FROM sync_engagements WHERE engagement_id = ?',
    ),
    putEngagementOwner: db.prepare<[string, string]>(
      `INSERT INTO sync_engagements (engagement_id, referral_id) VALUES (?, ?)
       ON CONFLICT(engagement_id) DO UPDATE SET referral_id = excluded.referral_id,
         answer = CASE WHEN answer = 'none' THEN NULL ELSE answer END`,
    ),
    putEngagementMicrosoft: db.prepare<[string, string, string]>(
      `INSERT INTO sync_engagements (engagement_id, json, answer) VALUES (?, ?, ?)
       ON CONFLICT(engagement_id) DO UPDATE SET json = excluded.json, answer = excluded.answer`,
    ),
    engagementsDue: db.prepare<[number], { engagement_id: string; referral_id: string }>(
      "SELECT engagement_id, referral_id FROM sync_engagements WHERE (answer IS NULL OR answer = 'pending') AND referral_id IS NOT NULL LIMIT ?",
    ),
    engagementChecked: db.prepare<[string]>("UPDATE sync_engagements SET answer = 'none' WHERE engagement_id = ? AND json IS NULL"),
    microsoftOf: db.prepare<[string], { engagement_id: string; json: string }>(
      'SELECT engagement_id, json FROM sync_engagements WHERE json IS NOT NULL AND engagement_id IN (SELECT value FROM json_each(?))',
    ),
    local: db.prepare<[string], { json: string }>('SELECT json FROM local_fields WHERE referral_id = ?'),
    localOf: db.prepare<[string], { referral_id: string; json: string }>(
      'SELECT referral_id, json FROM local_fields WHERE referral_id IN (SELECT value FROM json_each(?))',
    ),
    putLocal: db.prepare<[string, string]>(
      'INSERT INTO local_fields (referral_id, json) VALUES (?, ?) ON CONFLICT(referral_id) DO UPDATE SET json = excluded.json',
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
    /**
     * `wire`: the service's JSON as received; undefined keeps the stored one (the same copy mapped again), null
     * drops it (a state we derived ourselves after a 204: nothing may be re-mapped from an older JSON until a pull).
     */
    putServerCopy(r: Referral, json: string = JSON.stringify(r), wire?: string | null): void {
      q.putServer.run({ id: r.id, json, etag: r.eTag, updated: r.updatedDateTime, wire: wire ?? null, keep: wire === undefined ? 1 : 0 });
    },
    /** The service's JSON of our referral as last received. */
    serverWire: (id: string): unknown => {
      const w = q.wire.get(id)?.wire;
      return w ? (JSON.parse(w) as unknown) : null;
    },
    /** Microsoft's referral in an engagement (as received), and which of ours it answers. */
    engagement(engagementId: string): { referralId: string | null; microsoft: unknown; answer: string | null } | null {
      const row = q.engagement.get(engagementId);
      return row
        ? { referralId: row.referral_id, microsoft: row.json ? (JSON.parse(row.json) as unknown) : null, answer: row.answer }
        : null;
    },
    noteEngagementOwner: (engagementId: string, referralId: string) => void q.putEngagementOwner.run(engagementId, referralId),
    putMicrosoftReferral: (engagementId: string, json: string, answer: string) =>
      void q.putEngagementMicrosoft.run(engagementId, json, answer),
    /** Engagements to read: never read since our deal changed, or Microsoft has not answered yet. */
    engagementsDue: (limit: number) => q.engagementsDue.all(limit),
    /** Read, and Microsoft has no referral in it (no help asked): not read again until our deal changes. */
    markEngagementChecked: (engagementId: string) => void q.engagementChecked.run(engagementId),
    /** Microsoft's referrals (as received) of these engagements, in one query: a page of the pull reads them at once. */
    microsoftReferralsOf: (engagementIds: readonly string[]): Map<string, unknown> =>
      new Map(q.microsoftOf.all(JSON.stringify(engagementIds)).map((r) => [r.engagement_id, JSON.parse(r.json) as unknown])),
    /** What this computer keeps for these deals, in one query. */
    localFieldsOf: (referralIds: readonly string[]): Map<string, LocalFields> =>
      new Map(q.localOf.all(JSON.stringify(referralIds)).map((r) => [r.referral_id, JSON.parse(r.json) as LocalFields])),
    localFields(referralId: string): LocalFields | null {
      const row = q.local.get(referralId);
      return row ? (JSON.parse(row.json) as LocalFields) : null;
    },
    /** Merges what the contract cannot carry into what this computer keeps for the deal. */
    putLocalFields(referralId: string, fields: LocalFields): void {
      const row = q.local.get(referralId);
      const merged = { ...(row ? (JSON.parse(row.json) as LocalFields) : {}), ...fields };
      q.putLocal.run(referralId, JSON.stringify(merged));
    },
    /**
     * Stores a copy unless ours is newer: a replayed write answer (request-id seen before) is the copy
     * as it was then, and a pull may already have brought a later one.
     */
    putServerCopyUnlessOlder(r: Referral, wire?: string | null): void {
      const prev = q.server.get(r.id);
      if (prev && Date.parse(prev.updated) > Date.parse(r.updatedDateTime)) return;
      q.putServer.run({
        id: r.id,
        json: JSON.stringify(r),
        etag: r.eTag,
        updated: r.updatedDateTime,
        wire: wire ?? null,
        keep: wire === undefined ? 1 : 0,
      });
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
