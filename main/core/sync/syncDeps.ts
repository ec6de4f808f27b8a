import type { Database } from 'better-sqlite3';
import { ACTORS, type FieldChange, type Referral } from '../../../shared/domain';
import type { Clock, Logger } from '../ports';
import type { HelpAnswerRef, NewInboundRef } from '../notifications/syncNotificationPolicy';
import type { ReferralStore } from '../store/referralStore';
import { fieldOf, sameValue, valueAt } from './patchOps';
import { syncedPaths, type RemoteApi } from './remoteApi';
import type { RetryOptions } from './retry';
import type { SyncNotice, SyncRecords } from './syncRecords';
import type { SyncStore } from './syncStore';
import type { ViewWriter } from './viewWriter';

/** What one pass saw arrive, for notifications (SPEC F5); reset by the engine before each pass. */
export type PassOutcome = { newInbound: NewInboundRef[]; helpAnswers: HelpAnswerRef[]; conflicts: string[] };

/** What pull, push and conflict resolution share; built once by the engine. */
export type SyncDeps = {
  db: Database;
  api: RemoteApi;
  store: ReferralStore;
  sync: SyncStore;
  records: SyncRecords;
  view: ViewWriter;
  clock: Clock;
  logger: Logger;
  /** Who acted locally (replays record it, e.g. as the help request's invitedBy). */
  actor: string;
  retry: RetryOptions;
  /** After a commit: these deals changed (the UI refreshes them). */
  changed(ids: readonly string[]): void;
  /** The seller must be told (already stored in sync_notices and history). */
  notice(n: Omit<SyncNotice, 'id'>): void;
  outcome: PassOutcome;
  /** Lets the event loop breathe between pages. */
  yieldNow(): Promise<void>;
};

export const CURSOR_KEY = 'sync.cursor';
export const LAST_SYNC_KEY = 'sync.lastSyncAt';
export const CATALOG_KEY = 'sync.catalogAt';
/** History's actor for what the service (or Microsoft) changed, and for what sync did on the seller's behalf. */
export const SERVICE_ACTOR = ACTORS.service;
export const SYNC_ACTOR = ACTORS.sync;

export const nowIso = (d: Pick<SyncDeps, 'clock'>): string => d.clock.now().toISOString();

/** The synced fields that differ between two copies, as history records them. */
export function changesBetween(before: Referral | null, after: Referral | null): FieldChange[] {
  const out: FieldChange[] = [];
  for (const p of syncedPaths) {
    const from = before ? valueAt(before, p) : undefined;
    const to = after ? valueAt(after, p) : undefined;
    if (!sameValue(from, to)) out.push({ field: fieldOf(p), from: from ?? null, to: to ?? null });
  }
  return out;
}

/**
 * Runs a transaction of re-fetchable service data (a pulled page, the catalog) without an fsync of its
 * own: WAL with synchronous=NORMAL keeps the database consistent and only risks losing this very commit
 * on a power cut, which the next pull redoes (the cursor is written later, with a full fsync that also
 * makes these pages durable). The connection's setting is restored before anything else can run on it,
 * so the seller's actions keep synchronous=FULL. Saves one disk flush per page: 100 on a first sync.
 */
export function withoutFsync<T>(db: Database, work: () => T): T {
  const before = db.pragma('synchronous', { simple: true }) as number;
  if (before <= 1) return work();
  db.pragma('synchronous = NORMAL');
  try {
    return work();
  } finally {
    db.pragma(`synchronous = ${before}`);
  }
}

/** The one sentence a zod failure becomes in a sync issue. */
export const describeIssues = (issues: readonly { path: readonly PropertyKey[]; message: string }[]): string =>
  issues
    .slice(0, 10)
    .map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`)
    .join('; ');
