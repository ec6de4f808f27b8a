import type { Database } from 'better-sqlite3';
import { DAY_MS, HOUR_MS } from '../../../shared/domain';
import type { EventBus } from '../eventBus';
import type { Clock, Logger, Notifier, Timers } from '../ports';
import type { SettingsPort } from '../settings/settingsService';
import type { ReferralStore } from '../store/referralStore';
import { createClockWatch } from './clockWatch';
import type { PlannedNotification } from './expiryPolicy';
import { createExpiryReminders } from './expiryReminders';
import { isQuiet } from './quietHours';
import { createNotificationStore } from './notificationStore';
import { conflictKey, helpAnswerKey, newInboundKey, planSyncNotifications, type SyncOutcome } from './syncNotificationPolicy';
import { englishWords, type Words } from '../i18n/mainWords';

export type NotificationCenterOptions = {
  db: Database;
  /** The referrals that can expire are read through the referral store. */
  store: Pick<ReferralStore, 'expiringReferrals' | 'countExpiring'>;
  clock: Clock;
  logger: Logger;
  settings: SettingsPort;
  events: EventBus;
  /** No notifier: nothing is shown and nothing is recorded as shown. */
  notifier: Notifier | null;
  /** The reminders' sleep, the coalescing of bursts, the clock watch and held sync notifications. */
  timers: Timers;
  monotonic?: () => number;
  /** The seller's IANA time zone, for quiet hours. */
  timeZone?: () => string;
  /** The words of the language setting, read when a notification is worded (English when not given). */
  words?: () => Words;
};

export type NotificationCenter = {
  start(): void;
  stop(): void;
  /** Plan again now: after resume from sleep, a clock change, or anything else the center cannot see. */
  reschedule(): void;
  /**
   * The tray's "Pause notifications": nothing is shown or recorded while paused; what came due shows on
   * resume. Kept in settings (notifications.paused), so it survives a restart.
   */
  setPaused(paused: boolean): void;
  isPaused(): boolean;
  /** Called by the sync engine after a pass: new inbound referrals, Microsoft's answers, conflicts. */
  notifySyncOutcome(outcome: SyncOutcome): void;
  /** Received referrals expiring within `ms` from now (the tray's count). */
  expiringWithin(ms: number): number;
  /**
   * The saved sign-in can no longer be renewed without the seller: one notification per time it happens (the
   * status bar keeps saying it). Follows the on/off switch and the pause; not held for quiet hours (nothing to
   * catch up on later: the status bar says it).
   */
  notifySignInNeeded(): void;
};

export function signInNotification(words: Words): PlannedNotification {
  return { kind: 'signIn', title: words.t('notify:signInTitle'), body: words.t('notify:signInBody'), referralId: null, keys: [] };
}

/** Bursts of changes (a sync page, a bulk action) cost one planning run, not one per deal. */
export const RESCHEDULE_COALESCE_MS = 250;
/** Shown keys of referrals that can no longer expire are forgotten after this long. */
export const SENT_KEY_RETENTION_MS = 90 * DAY_MS;
const MAX_DEFERRED = 500;

const systemTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * Notifications of the workspace (SPEC F5): the expiry reminders over the SQLite store, re-planned on
 * referral changes, settings changes and clock jumps, plus the sync engine's outcomes. Each kind has its
 * own switch in settings; quiet hours hold notifications back until they end.
 */
export function createNotificationCenter(o: NotificationCenterOptions): NotificationCenter {
  const { timers } = o;
  const timeZone = o.timeZone ?? systemTimeZone;
  const words = o.words ?? englishWords;
  let paused = o.settings.get().notifications.paused;
  let started = false;
  let coalesce: unknown = null;
  let deferredTimer: unknown = null;
  let deferred: SyncOutcome[] = [];
  const offs: Array<() => void> = [];

  const show = (n: PlannedNotification) => {
    try {
      o.notifier?.show(n);
    } catch (err) {
      o.logger.error('a notification could not be shown', err);
    }
  };
  const notifications = () => o.settings.get().notifications;

  // Prepared only when something will be shown: a workspace without a notifier touches no notification table.
  const store = o.notifier ? createNotificationStore(o.db, o.store) : null;
  const reminders = store
    ? createExpiryReminders({
        clock: o.clock,
        timers,
        store,
        logger: o.logger,
        notifier: { show },
        config: () => {
          const n = notifications();
          return {
            enabled: !paused && n.enabled && n.expiringReferrals,
            thresholdsMs: n.thresholdsHours.map((h) => h * HOUR_MS),
            quietHours: n.quietHours,
            timeZone: timeZone(),
            words: words(),
          };
        },
      })
    : null;

  const reschedule = () => {
    if (coalesce !== null) timers.clearTimeout(coalesce);
    coalesce = null;
    if (started) reminders?.reschedule();
  };
  const requestReschedule = () => {
    if (!started || coalesce !== null) return;
    coalesce = timers.setTimeout(() => {
      coalesce = null;
      reminders?.reschedule();
    }, RESCHEDULE_COALESCE_MS);
  };
  const watch = createClockWatch({ clock: o.clock, timers, monotonic: o.monotonic ?? (() => performance.now()), onJump: reschedule });

  const hold = (outcome: SyncOutcome, until: Date | null) => {
    deferred = [...deferred, outcome].slice(-MAX_DEFERRED);
    if (deferredTimer !== null) timers.clearTimeout(deferredTimer);
    deferredTimer = null;
    if (until) deferredTimer = timers.setTimeout(flushDeferred, Math.max(0, until.getTime() - o.clock.now().getTime()));
  };
  const flushDeferred = () => {
    deferredTimer = null;
    const held = deferred;
    deferred = [];
    if (held.length === 0) return;
    notifySyncOutcome({
      newInbound: held.flatMap((h) => h.newInbound ?? []),
      helpAnswers: held.flatMap((h) => h.helpAnswers ?? []),
      conflicts: held.flatMap((h) => h.conflicts ?? []),
    });
  };

  function applyPaused(value: boolean): void {
    if (paused === value) return;
    paused = value;
    reschedule();
    if (!paused) flushDeferred();
  }

  function notifySyncOutcome(outcome: SyncOutcome): void {
    if (!store) return;
    const n = notifications();
    if (!n.enabled) return;
    if (paused) {
      hold(outcome, null);
      return;
    }
    try {
      const now = o.clock.now();
      const candidates = [
        ...(outcome.newInbound ?? []).map((r) => newInboundKey(r.id)),
        ...(outcome.helpAnswers ?? []).map((a) => helpAnswerKey(a.referralId, a.answer)),
        ...(outcome.conflicts ?? []).map((c) => conflictKey(c.referralId, c.detectedAt)),
      ];
      const plan = planSyncNotifications({
        outcome,
        toggles: n,
        sent: store.sentAmong(candidates),
        now,
        quietHours: n.quietHours,
        timeZone: timeZone(),
        words: words(),
      });
      for (const planned of plan.notifications) {
        store.markSent(planned.keys, now.toISOString());
        show(planned);
      }
      if (plan.deferUntil) hold(outcome, plan.deferUntil);
    } catch (err) {
      o.logger.error('sync notifications failed', err);
    }
  }

  return {
    start() {
      if (started || !reminders) return;
      started = true;
      try {
        store?.prune(new Date(o.clock.now().getTime() - SENT_KEY_RETENTION_MS).toISOString());
      } catch (err) {
        o.logger.warn('old notification keys could not be pruned', err);
      }
      offs.push(o.events.on('referrals:changed', requestReschedule));
      offs.push(
        o.settings.onChange((next) => {
          applyPaused(next.notifications.paused);
          reschedule();
        }),
      );
      watch.start();
      reminders.start();
    },
    stop() {
      started = false;
      for (const off of offs.splice(0)) off();
      watch.stop();
      reminders?.stop();
      for (const h of [coalesce, deferredTimer]) if (h !== null) timers.clearTimeout(h);
      coalesce = null;
      deferredTimer = null;
    },
    reschedule,
    setPaused(value) {
      // Saved, so a restart keeps it; a settings file that cannot be written still pauses this session.
      const saved = o.settings.set({ notifications: { paused: value } });
      if (!saved.ok)
        o.logger.warn('the notification pause could not be saved; it holds until the app quits', { message: saved.error.message });
      applyPaused(value);
    },
    isPaused: () => paused,
    notifySyncOutcome,
    expiringWithin: (ms) => store?.expiringWithin(o.clock.now(), ms) ?? 0,
    notifySignInNeeded() {
      const n = notifications();
      if (!o.notifier || !n.enabled || paused || isQuiet(o.clock.now(), n.quietHours, timeZone())) return;
      show(signInNotification(words()));
    },
  };
}
