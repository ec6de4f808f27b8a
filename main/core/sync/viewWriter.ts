import type { Database } from 'better-sqlite3';
import type { Referral } from '../../../shared/domain';
import { referralColumns, type ReferralColumns } from '../store/referralRow';
import type { ReferralStore } from '../store/referralStore';
import { createSearchIndex } from '../store/searchIndex';
import { localView } from './intents';
import type { JsonPatchOp } from './remoteApi';
import type { SyncStore } from './syncStore';

/**
 * Keeps the `referrals` table (what the UI reads) equal to server copy + pending intents. Every write
 * goes through referralStore.insert/update so the search index stays in step; the one delete (a deal
 * created offline that the service already sent us under its own id) removes its index entry here.
 * Call inside the caller's transaction.
 */
export function createViewWriter(db: Database, store: ReferralStore, sync: SyncStore, actor: string) {
  const row = db.prepare<[string], { json: string; pending: number }>('SELECT json, pending FROM referrals WHERE id = ?');
  const setPending = db.prepare<[number, string]>('UPDATE referrals SET pending = ? WHERE id = ?');
  const search = createSearchIndex(db);
  const deleteRow = db.prepare<[string]>('DELETE FROM referrals WHERE id = ?');
  const renameRow = db.prepare<[string, string]>('UPDATE referrals SET id = ? WHERE id = ?');
  const favorite = db.prepare<[string], { created: string }>('SELECT created FROM favorites WHERE referral_id = ?');
  const unfavorite = db.prepare<[string]>('DELETE FROM favorites WHERE referral_id = ?');
  const refavorite = db.prepare<[string, string]>('INSERT OR IGNORE INTO favorites (referral_id, created) VALUES (?, ?)');
  const moves = ['outbox', 'history', 'conflicts', 'sync_notices', 'sync_issues'].map((t) =>
    db.prepare<[string, string]>(`UPDATE ${t} SET referral_id = ? WHERE referral_id = ?`),
  );
  const mapId = db.prepare<[string, string]>('INSERT OR REPLACE INTO referral_ids (local_id, server_id) VALUES (?, ?)');

  /** `columns`: referralColumns(view), when the caller has them. */
  function write(id: string, view: Referral | null, pending: number, columns?: ReferralColumns): boolean {
    const current = row.get(id);
    if (!view) {
      if (current && current.pending !== pending) setPending.run(pending, id);
      return false;
    }
    if (!current) {
      store.insert(view, pending, columns);
      return true;
    }
    let changed = false;
    const json = columns?.json ?? JSON.stringify(view);
    if (current.json !== json) {
      store.update(view, columns ?? referralColumns(view, json));
      changed = true;
    }
    if (current.pending !== pending) {
      setPending.run(pending, id);
      changed = true;
    }
    return changed;
  }

  function remove(id: string): void {
    const entry = search.entryOf(id);
    if (!entry) return;
    search.remove(entry);
    deleteRow.run(id);
  }

  return {
    /**
     * Recomputes one deal's local view. `server` saves a read when the caller has the copy at hand;
     * `noPending` (from a set read for the whole page) skips the outbox read on the bulk path, where
     * `columns` (referralColumns(server), computed before the page's transaction) saves the rest.
     * Returns whether the row changed.
     */
    refresh(id: string, hint: { server?: Referral; noPending?: boolean; columns?: ReferralColumns } = {}): boolean {
      if (hint.noPending && hint.server) return write(id, hint.server, 0, hint.columns);
      const server = hint.server ?? sync.serverCopy(id)?.referral ?? null;
      const pending = sync.pendingIntents(id);
      if (pending.length === 0) return write(id, server, 0);
      const flight = sync.flight(id);
      const resolved = flight?.resolved ? { seqs: flight.seqs, ops: flight.body as JsonPatchOp[] } : null;
      return write(id, localView(server, pending, resolved, actor), pending.length);
    },
    /**
     * A deal created offline got its service id: everything filed under the local id moves over (queue,
     * history, favorite, notices), and the local id is remembered. If a pull already brought the deal
     * under its new id, the local row goes and the pulled one stays.
     */
    rekey(localId: string, serverId: string): void {
      for (const m of moves) m.run(serverId, localId);
      mapId.run(localId, serverId);
      const fav = favorite.get(localId);
      if (row.get(serverId)) {
        remove(localId);
      } else if (row.get(localId)) {
        // favorites references referrals(id): free the old id before renaming it.
        unfavorite.run(localId);
        renameRow.run(serverId, localId);
      }
      if (fav) refavorite.run(serverId, fav.created);
    },
  };
}

export type ViewWriter = ReturnType<typeof createViewWriter>;
