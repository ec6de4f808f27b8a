import { setTimeout as sleepFor } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import type { ConflictChoice, SyncStatus } from '../../../shared/ipc';
import type { EventBus } from '../eventBus';
import { silentLogger } from '../logger';
import { systemClock, type Clock, type Logger, type Timers } from '../ports';
import type { SyncOutcome } from '../notifications/syncNotificationPolicy';
import type { ReferralStore } from '../store/referralStore';
import { backoffDelay, defaultBackoff } from './backoff';
import { refreshCatalog } from './catalog';
import { listConflicts, resolveConflict, type Conflict } from './conflicts';
import { pullEngagements } from './engagements';
import { pull, recheckIssues } from './pull';
import { push, type PushState } from './push';
import { NOT_SIGNED_IN_CODE, RemoteError, type RemoteApi } from './remoteApi';
import { RetryLater, type RetryOptions } from './retry';
import { CATALOG_KEY, LAST_SYNC_KEY, nowIso, type PassOutcome, type SyncDeps } from './syncDeps';
import { cannotReach, conflictsProblem, issuesProblem, lastErrorOf, problemOf, type SyncProblem } from './syncProblems';
import { createSyncRecords, type SyncIssue, type SyncNotice } from './syncRecords';
import { createSyncStore } from './syncStore';
import { createViewWriter } from './viewWriter';

export type SyncEvent = { type: 'notice'; notice: Omit<SyncNotice, 'id'> } | { type: 'conflicts'; referralIds: string[] };

export type SyncEngineOptions = {
  db: Database;
  store: ReferralStore;
  api: RemoteApi;
  /** sync:status and (unless onChanged is given) referrals:changed go here. */
  events?: EventBus;
  /** Deals changed by sync; the workspace passes its own (which also re-arms expiry). */
  onChanged?: (ids: string[]) => void;
  clock?: Clock;
  logger?: Logger;
  actor?: string;
  random?: () => number;
  /** The pass timer, the debounce after a change and the backoff wait. */
  timers: Timers;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  yieldNow?: () => Promise<void>;
  /** While online, a pass this often. Default 5 minutes. */
  intervalMs?: number;
  /** The delta pull re-reads this much before its cursor. Default 2 minutes. */
  overlapMs?: number;
  /** A local change is sent this long after the last one (debounce). Default 2 s. */
  kickDelayMs?: number;
  /** Directory and catalog refresh period; 0 turns it off. Default 6 hours. */
  catalogEveryMs?: number;
  /** Engagements read per pass for Microsoft's answers (engagements.ts). Default 50. */
  engagementsPerPass?: number;
  retry?: Partial<Pick<RetryOptions, 'policy' | 'maxAttempts' | 'maxInlineDelayMs'>>;
  /** Whether the network is up at start. Default true. */
  online?: boolean;
  /** After a pass: new inbound referrals, Microsoft's answers and new conflicts (the notification center takes it). */
  onOutcome?: (outcome: SyncOutcome) => void;
};

export type SyncEngine = {
  status(): SyncStatus;
  /** A pass now (or right after the running one); resolves with the status after it. */
  syncNow(): Promise<SyncStatus>;
  /** Network up/down from the OS: coming back online starts a pass; offline stops the timer. */
  setOnline(online: boolean): void;
  /** A local change was queued: send it soon (debounced). */
  kick(): void;
  /** Arms the timer and runs a first pass when online. */
  start(): void;
  listConflicts(): Conflict[];
  resolveConflict(referralId: string, choices: Readonly<Record<string, ConflictChoice>>): SyncStatus;
  listIssues(): SyncIssue[];
  listNotices(limit?: number): SyncNotice[];
  subscribe(listener: (e: SyncEvent) => void): () => void;
  /** Stops timers, aborts requests in flight and waits for the running pass. */
  close(): Promise<void>;
};

/**
 * The sync engine (SPEC F4): pull, then push, one pass at a time, on network return, on a timer while
 * online, after local changes and on demand. Every decision that matters is a pure function
 * (backoff, batching, patch ops, conflict policy); this file only schedules and reports.
 */
export function createSyncEngine(o: SyncEngineOptions): SyncEngine {
  const clock = o.clock ?? systemClock;
  const logger = o.logger ?? silentLogger;
  const { timers } = o;
  const random = o.random ?? Math.random;
  const intervalMs = o.intervalMs ?? 5 * 60_000;
  const catalogEveryMs = o.catalogEveryMs ?? 6 * 3_600_000;
  const abort = new AbortController();
  const listeners = new Set<(e: SyncEvent) => void>();
  const publish = (e: SyncEvent) => listeners.forEach((l) => l(e));
  const sync = createSyncStore(o.db);
  const records = createSyncRecords(o.db);
  const actor = o.actor ?? 'You';
  const changed = o.onChanged ?? ((ids: string[]) => o.events?.emit('referrals:changed', { ids }));
  const d: SyncDeps = {
    db: o.db,
    api: o.api,
    store: o.store,
    sync,
    records,
    view: createViewWriter(o.db, o.store, sync, actor),
    clock,
    logger,
    actor,
    retry: {
      policy: o.retry?.policy ?? defaultBackoff,
      maxAttempts: o.retry?.maxAttempts ?? 4,
      maxInlineDelayMs: o.retry?.maxInlineDelayMs ?? 5_000,
      random,
      sleep: o.sleep ?? ((ms, signal) => sleepFor(ms, undefined, { signal })),
      signal: abort.signal,
    },
    changed: (ids) => {
      if (ids.length > 0) changed([...ids]);
    },
    notice: (notice) => publish({ type: 'notice', notice }),
    outcome: { newInbound: [], helpAnswers: [], conflicts: [] },
    yieldNow: o.yieldNow ?? (() => new Promise<void>((resolve) => setImmediate(resolve))),
  };
  const pushState: PushState = { deferred: new Map(), solo: new Set() };

  let online = o.online ?? true;
  let syncing = false;
  let closed = false;
  let lastError: SyncStatus['lastError'] = null;
  let unreachableNow = false;
  let timer: unknown = null;
  let kickTimer: unknown = null;
  let wanted: { manual: boolean } | null = null;
  let running: Promise<void> | null = null;
  let failedPasses = 0;
  let notBefore = 0;

  const status = (): SyncStatus => ({
    online,
    serviceConfigured: true,
    syncing,
    lastSyncAt: sync.meta(LAST_SYNC_KEY),
    pendingChanges: o.store.pendingOutboxCount(),
    lastError,
    unreachable: unreachableNow,
  });
  const emitStatus = () => o.events?.emit('sync:status', status());

  async function pass(manual: boolean): Promise<void> {
    // The service asked us to wait (Retry-After), or the network is failing: only the seller overrides that.
    if (!manual && clock.now().getTime() < notBefore) {
      scheduleNext();
      return;
    }
    syncing = true;
    emitStatus();
    d.outcome = { newInbound: [], helpAnswers: [], conflicts: [] };
    const problems: SyncProblem[] = [];
    let pulled = false;
    let unreachable: RetryLater | null = null;
    try {
      // Skipped by an earlier pass: read again after this pass's pull (the seller saw them reported).
      const earlierIssues = records.issueReferralIds();
      try {
        await pull(d, o.overlapMs ?? 120_000);
        await pullEngagements(d, o.engagementsPerPass);
        pulled = true;
      } catch (e) {
        // Sign-in needed, or no role (403): the whole pass stops and every change stays queued.
        if (e instanceof RemoteError && (e.unauthorized || e.forbidden || e.kind === 'aborted')) throw e;
        if (closed) throw e;
        problems.push(problemOf(e));
        if (e instanceof RetryLater) unreachable = e;
      }
      const pushed = await push(d, pushState, manual);
      unreachable ??= pushed.stoppedEarly;
      problems.push(...pushed.retry.slice(0, 3).map(problemOf));
      const conflicted = conflictsProblem(pushed.conflicts);
      if (conflicted) problems.push(conflicted);
      if (!pushed.stoppedEarly) {
        await recheckIssues(d, earlierIssues);
        const catalogAt = sync.meta(CATALOG_KEY);
        if (catalogEveryMs > 0 && (!catalogAt || clock.now().getTime() - Date.parse(catalogAt) >= catalogEveryMs)) await refreshCatalog(d);
      }
    } catch (e) {
      // After close() the database may be gone: nothing more to record.
      if (closed) return;
      if (!(e instanceof RemoteError)) logger.error('sync pass failed', e);
      // Not signed in yet: the status bar's Sign in says so; only Sync now, pressed anyway, reports it.
      if (manual || !(e instanceof RemoteError && e.code === NOT_SIGNED_IN_CODE)) problems.push(problemOf(e));
    }
    if (closed) return;
    // Consecutive passes that could not reach the service wait longer each time (full jitter, capped
    // at the interval), never less than a Retry-After.
    failedPasses = unreachable ? failedPasses + 1 : 0;
    unreachableNow = cannotReach(unreachable);
    notBefore = unreachable
      ? clock.now().getTime() + Math.max(unreachable.delayMs, backoffDelay(failedPasses, random, { baseMs: 2_000, capMs: intervalMs }))
      : 0;
    try {
      if (pulled) sync.setMeta(LAST_SYNC_KEY, nowIso(d));
      const issues = issuesProblem(records.issues());
      if (issues) problems.push(issues);
      lastError = lastErrorOf(problems, nowIso(d));
      report(d.outcome);
    } catch (e) {
      logger.error('sync pass could not record its outcome', e);
    } finally {
      syncing = false;
      emitStatus();
      scheduleNext();
    }
  }

  /** Tells notifications and listeners what arrived and which deals wait for the seller. */
  function report(outcome: PassOutcome): void {
    const at = nowIso(d);
    const conflicts = [...new Set(outcome.conflicts)].map((referralId) => ({
      referralId,
      name: o.store.get(referralId)?.referral.name ?? referralId,
      detectedAt: at,
    }));
    if (conflicts.length > 0) publish({ type: 'conflicts', referralIds: conflicts.map((c) => c.referralId) });
    if (outcome.newInbound.length + outcome.helpAnswers.length + conflicts.length === 0) return;
    o.onOutcome?.({ newInbound: outcome.newInbound, helpAnswers: outcome.helpAnswers, conflicts });
  }

  async function drive(): Promise<void> {
    while (wanted && !closed) {
      const { manual } = wanted;
      wanted = null;
      await pass(manual);
    }
  }

  /** Never two passes at once: a request during a pass runs one more pass right after it. */
  function request(manual: boolean): Promise<void> {
    if (closed) return Promise.resolve();
    wanted = { manual: manual || (wanted?.manual ?? false) };
    running ??= drive()
      .catch((e: unknown) => logger.error('sync stopped unexpectedly', e))
      .finally(() => {
        running = null;
      });
    return running;
  }

  function cancel(handle: unknown): null {
    if (handle !== null) timers.clearTimeout(handle);
    return null;
  }

  function scheduleNext(): void {
    timer = cancel(timer);
    if (closed || !online) return;
    const now = clock.now().getTime();
    let at = now + intervalMs;
    for (const t of pushState.deferred.values()) at = Math.min(at, t);
    if (notBefore > 0) at = notBefore;
    timer = timers.setTimeout(
      () => {
        timer = null;
        void request(false);
      },
      Math.max(0, at - now),
    );
  }

  return {
    status,
    async syncNow() {
      await request(true);
      return status();
    },
    setOnline(next) {
      const cameBack = next && !online;
      online = next;
      if (cameBack) {
        // A new network: what failed on the old one says nothing about this one.
        notBefore = 0;
        failedPasses = 0;
      }
      if (!online) timer = cancel(timer);
      emitStatus();
      if (cameBack) void request(false);
    },
    kick() {
      if (closed) return;
      // The seller's change is queued: the status bar's count moves now, the send follows shortly.
      emitStatus();
      if (!online) return;
      kickTimer = cancel(kickTimer);
      kickTimer = timers.setTimeout(() => {
        kickTimer = null;
        void request(false);
      }, o.kickDelayMs ?? 2_000);
    },
    start() {
      if (online) void request(false);
      else emitStatus();
    },
    listConflicts: () => listConflicts(d),
    resolveConflict(referralId, choices) {
      resolveConflict(d, referralId, choices);
      if (online) void request(true);
      return status();
    },
    listIssues: () => records.issues(),
    listNotices: (limit) => records.notices(limit),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      timer = cancel(timer);
      kickTimer = cancel(kickTimer);
      abort.abort();
      await running;
    },
  };
}
