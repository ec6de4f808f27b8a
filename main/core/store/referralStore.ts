import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Contact, FieldChange, HistoryEntry, Referral } from '../../../shared/domain';
import { valueUsdSql } from '../rates/exchangeRates';
import { referralColumnNames, referralColumns, type ReferralColumns } from './referralRow';
import { createSearchIndex, scopeOf, type SearchRecord } from './searchIndex';

export type OutboxKind = 'create' | 'action';
export type HistoryInput = {
  referralId: string;
  at: string;
  actor: string;
  action: string;
  changes: FieldChange[];
  outboxSeq: number | null;
  synced: boolean;
};
/** `valueUsdMinor`: the deal's value in US cents at the rates in use, null for a currency they do not know. */
export type LocalReferral = { referral: Referral; pending: number; valueUsdMinor: number | null };
/** A referral that can expire, as the expiry reminders plan over it. */
export type ExpiringReferral = { id: string; name: string; customerName: string; expiresAt: string };

/**
 * "Received means it has an expiry", said once: referralColumns writes `expiration` for an inbound
 * Received referral only, so the rows that can expire are exactly these. Local expiry and the expiry
 * reminders both read through it.
 */
const CAN_EXPIRE = 'expiration IS NOT NULL';
/** The ids of the referrals that can expire, for a query on another table (the reminders' notifications_sent). */
export const canExpireIdsSql = `SELECT id FROM referrals WHERE ${CAN_EXPIRE}`;

/** What the search index holds for a deal with these columns. */
function searchEntry(rowId: number, cols: ReferralColumns): SearchRecord {
  const { name, customer_name, notes, crm_id, campaign_id } = cols;
  return { row_id: rowId, name, customer_name, notes, crm_id, campaign_id, scope: scopeOf(cols.direction, cols.stage) };
}

type HistoryRow = { id: number; at: string; actor: string; action: string; changes: string; synced: number };

/**
 * Prepared statements over the store. Every write to `referrals` must go through insert/update here:
 * they keep the full-text index (searchIndex.ts) in step, as there are no triggers doing it.
 * Callers own transactions: every user action writes the row,
 * its outbox intent and its history in one transaction (see referralActions.ts).
 */
export function createReferralStore(db: Database) {
  const cols = referralColumnNames.join(', ');
  const insertRow = db.prepare(
    `INSERT INTO referrals (${cols}, pending, value_usd_minor)
     VALUES (${referralColumnNames.map((c) => '@' + c).join(', ')}, @pending, ${valueUsdSql('@deal_value_minor', '@currency')})`,
  );
  const updateRow = db.prepare(
    `UPDATE referrals SET ${referralColumnNames
      .filter((c) => c !== 'id')
      .map((c) => `${c} = @${c}`)
      .join(', ')}, value_usd_minor = ${valueUsdSql('@deal_value_minor', '@currency')} WHERE id = @id`,
  );
  const search = createSearchIndex(db);
  const getRow = db.prepare<[string], { json: string; pending: number; value_usd_minor: number }>(
    'SELECT json, pending, value_usd_minor FROM referrals WHERE id = ?',
  );
  const addPending = db.prepare<[number, string]>('UPDATE referrals SET pending = pending + ? WHERE id = ?');
  const insertOutbox = db.prepare(`INSERT INTO outbox (request_id, referral_id, kind, payload, created) VALUES (?, ?, ?, ?, ?)`);
  const insertHistory = db.prepare(
    `INSERT INTO history (referral_id, at, actor, action, changes, outbox_seq, synced) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const historyOf = db.prepare<[string], HistoryRow>(
    'SELECT id, at, actor, action, changes, synced FROM history WHERE referral_id = ? ORDER BY id DESC',
  );
  const isFavorite = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM favorites WHERE referral_id = ?');
  const addFavorite = db.prepare<[string, string]>('INSERT OR IGNORE INTO favorites (referral_id, created) VALUES (?, ?)');
  const removeFavorite = db.prepare<[string]>('DELETE FROM favorites WHERE referral_id = ?');
  const pendingOutbox = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM outbox WHERE state = 'pending'");
  const countRows = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM referrals');
  const dueToExpire = db.prepare<[string], { id: string }>(
    `SELECT id FROM referrals WHERE ${CAN_EXPIRE} AND expiration <= ? ORDER BY expiration, id`,
  );
  const nextExpiry = db.prepare<[], { at: string | null }>(`SELECT min(expiration) AS at FROM referrals WHERE ${CAN_EXPIRE}`);
  const expiring = db.prepare<[], ExpiringReferral>(
    `SELECT id, name, customer_name AS customerName, expiration AS expiresAt FROM referrals WHERE ${CAN_EXPIRE}`,
  );
  const countExpiring = db.prepare<[string, string], { n: number }>(
    `SELECT count(*) AS n FROM referrals WHERE ${CAN_EXPIRE} AND expiration > ? AND expiration <= ?`,
  );
  // Team members are read from the full referral: there is no column for them.
  const newestTeams = db.prepare<[number], { team: string | null }>(
    "SELECT json_extract(json, '$.team') AS team FROM referrals ORDER BY created DESC, id DESC LIMIT ?",
  );

  return {
    /** The local (materialized) referral, or null when no deal has this id. */
    get(id: string): LocalReferral | null {
      const row = getRow.get(id);
      // The json column is written only by this store from schema-valid referrals.
      return row
        ? {
            referral: JSON.parse(row.json) as Referral,
            pending: row.pending,
            valueUsdMinor: row.value_usd_minor < 0 ? null : row.value_usd_minor,
          }
        : null;
    },
    /** Adds a deal to the list and to the search index. `cols`: referralColumns(r), when the caller has them. Returns the columns written. */
    insert(r: Referral, pending = 0, cols: ReferralColumns = referralColumns(r)): ReferralColumns {
      const rowId = Number(insertRow.run({ ...cols, pending }).lastInsertRowid);
      search.add(searchEntry(rowId, cols));
      return cols;
    },
    /** Replaces a deal's row (pending count kept) and re-indexes it for search when its words, tab or stage changed. `cols` as for insert. */
    update(r: Referral, cols: ReferralColumns = referralColumns(r)): void {
      const before = search.entryOf(r.id);
      if (!before) throw new Error(`referral ${r.id} is not in the store`);
      updateRow.run(cols);
      search.replace(before, searchEntry(before.row_id, cols));
    },
    addPending(id: string, delta: number): void {
      addPending.run(delta, id);
    },
    /** Queues an intent for the service; its request id is reused on every retry. Returns the outbox seq. */
    enqueue(referralId: string, kind: OutboxKind, payload: unknown, now: string): { seq: number; requestId: string } {
      const requestId = randomUUID();
      const info = insertOutbox.run(requestId, referralId, kind, JSON.stringify(payload), now);
      return { seq: Number(info.lastInsertRowid), requestId };
    },
    addHistory(h: HistoryInput): void {
      insertHistory.run(h.referralId, h.at, h.actor, h.action, JSON.stringify(h.changes), h.outboxSeq, h.synced ? 1 : 0);
    },
    /** Newest first. */
    history(id: string): HistoryEntry[] {
      return historyOf.all(id).map((h) => ({
        id: h.id,
        at: h.at,
        actor: h.actor,
        action: h.action,
        changes: JSON.parse(h.changes) as HistoryEntry['changes'],
        synced: h.synced === 1,
      }));
    },
    isFavorite(id: string): boolean {
      return isFavorite.get(id) !== undefined;
    },
    /** Returns whether anything changed (setting the same value twice is a no-op). */
    setFavorite(id: string, favorite: boolean, now: string): boolean {
      return (favorite ? addFavorite.run(id, now) : removeFavorite.run(id)).changes > 0;
    },
    pendingOutboxCount(): number {
      return pendingOutbox.get()?.n ?? 0;
    },
    referralCount(): number {
      return countRows.get()?.n ?? 0;
    },
    /** Referrals that can expire and whose expiry is at or before `nowIso`, soonest first. */
    dueToExpire(nowIso: string): string[] {
      return dueToExpire.all(nowIso).map((r) => r.id);
    },
    /** When the next referral expires, or null when none can. */
    nextExpiryAt(): string | null {
      return nextExpiry.get()?.at ?? null;
    },
    /** Every referral that can expire, with its expiry. */
    expiringReferrals(): ExpiringReferral[] {
      return expiring.all();
    },
    /** How many referrals expire in (afterIso, untilIso]. */
    countExpiring(afterIso: string, untilIso: string): number {
      return countExpiring.get(afterIso, untilIso)?.n ?? 0;
    },
    /** The teams of the `deals` newest deals, newest first. */
    newestTeams(deals: number): Contact[][] {
      return newestTeams.all(deals).map(({ team }) => (team ? (JSON.parse(team) as Contact[]) : []));
    },
  };
}

export type ReferralStore = ReturnType<typeof createReferralStore>;
