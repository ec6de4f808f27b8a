import { applyExchangeRates, ratesInUse } from './rates/exchangeRates';
import { shippedRates } from './rates/shippedRates';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ACTORS } from '../../shared/domain';
import { createDispatcher, type Handlers } from '../../shared/ipc';
import type { Translate } from '../../shared/i18n';
import { createAppHandlers } from './app/appHandlers';
import { createAuthHandlers } from './auth/authHandlers';
import { createAuthService, type AuthService } from './auth/authService';
import { createCatalogHandlers } from './catalog/catalogHandlers';
import { removeRetiredTokenFiles } from './connection/fileSecretStore';
import { memorySecretStore } from './connection/secretStore';
import { createServiceConnection } from './connection/serviceConnection';
import { effectiveServiceUrl, followServiceSetting, serviceOriginOf } from './connection/serviceSetting';
import { createContactHandlers } from './contacts/contactHandlers';
import type { CoreContext } from './context';
import { seedDemo } from './demo';
import { createDirectoryHandlers } from './directory/directoryHandlers';
import { createDraftHandlers } from './drafts/draftHandlers';
import { createEventBus, type EventBus } from './eventBus';
import { createExpiry } from './expiry/applyExpiry';
import { createExpiryTimer, type ExpiryTimer } from './expiry/expiryTimer';
import { createExportHandlers } from './export/exportHandlers';
import { createExportService } from './export/exportService';
import { unavailableExportTarget } from './export/exportTarget';
import { createFavoriteHandlers } from './favorites/favoriteHandlers';
import { createInsightsHandlers } from './insights/insightsHandlers';
import { createInsightsQuery } from './insights/insightsQuery';
import { silentLogger } from './logger';
import { createNotificationCenter } from './notifications/notificationCenter';
import type { SyncOutcome } from './notifications/syncNotificationPolicy';
import { nothingPreset } from './policy/managedSettings';
import { createPolicyHandlers } from './policy/policyHandlers';
import { systemClock, systemTimers, type Logger, type Notifier, type Timers } from './ports';
import { createReferralActions } from './referrals/referralActions';
import { createReferralHandlers } from './referrals/referralHandlers';
import { createReferralQueries } from './referrals/referralQueries';
import { createSettingsHandlers } from './settings/settingsHandlers';
import { createSettingsService, memorySettingsBackend } from './settings/settingsService';
import { DATA_DIR_MODE, DB_FILE_NAME, openDatabase, type Database } from './store/database';
import { createReferralExport } from './store/referralExport';
import { createReferralList } from './store/referralList';
import { createReferralStore } from './store/referralStore';
import { createSyncHandlers, offlineSyncStatus } from './sync/syncHandlers';
import { createSyncRecords } from './sync/syncRecords';
import { createWorkspaceSync } from './sync/workspaceSync';
import type { Workspace, WorkspaceOptions } from './workspaceTypes';
import { createMainWords } from './i18n/mainWords';

export const DEFAULT_ACTOR = ACTORS.you;

const processLocales = () => [Intl.DateTimeFormat().resolvedOptions().locale];

/**
 * Opens the workspace on `<dataDir>/cosell.db`: migrates the store, seeds demo data into an empty
 * store when asked, applies local expiry and arms its timer. Throws AppError('DB_TOO_NEW') for data
 * written by a newer version of the app.
 */
export function openWorkspace(options: WorkspaceOptions): Workspace {
  // Owner-only, like the database inside it (a folder that already exists keeps its mode).
  mkdirSync(options.dataDir, { recursive: true, mode: DATA_DIR_MODE });
  const db = openDatabase(join(options.dataDir, DB_FILE_NAME));
  try {
    return assemble(db, options);
  } catch (err) {
    db.close();
    throw err;
  }
}

function assemble(db: Database, options: WorkspaceOptions): Workspace {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const timers = options.timers ?? systemTimers;
  // A notification raised before the web page connects waits for it (see createEventBus).
  const events = createEventBus({ retain: ['notification:show'] });
  const store = createReferralStore(db);
  // Before any row is written: the rows' value in US dollars is computed from these (migration 0007).
  if (applyExchangeRates(db, options.exchangeRates ?? shippedRates)) logger.info('exchange rates applied', ratesInUse(db));

  if (options.demo && store.referralCount() === 0) {
    const started = performance.now();
    const seeded = seedDemo(db, { ...options.demo, now: clock.now() });
    logger.info('demo data seeded', { ...seeded, ms: Math.round(performance.now() - started) });
  }

  const expiry = createExpiry({ db, store, clock, logger });
  let expiryTimer: ExpiryTimer | null = null;
  // Created below, once notifications exist; ctx.changed runs only after that.
  let connection: ReturnType<typeof createServiceConnection> | null = null;
  const notifyChanged = (ids: string[]) => {
    if (ids.length > 0) events.emit('referrals:changed', { ids });
    expiryTimer?.arm();
  };
  const ctx: CoreContext = {
    db,
    store,
    clock,
    logger,
    events,
    actor: options.actor ?? DEFAULT_ACTOR,
    changed(ids) {
      notifyChanged(ids);
      // A seller's change goes out soon; changes that sync itself made do not ask for another pass.
      connection?.current()?.kick();
    },
  };
  const applyExpiry = (): number => {
    const ids = expiry.expireDue();
    if (ids.length > 0) events.emit('referrals:changed', { ids });
    return ids.length;
  };

  const settings = options.settings ?? createSettingsService(memorySettingsBackend(), logger);
  settings.onChange((next) => events.emit('settings:changed', next));
  const words = createMainWords(settings, options.systemLocales ?? processLocales);
  const notifications = createNotificationCenter({
    db,
    store,
    clock,
    logger,
    settings,
    events,
    notifier: resolveNotifier(options.notifier, events),
    timers,
    monotonic: options.monotonic,
    timeZone: options.timeZone,
    words: () => words.current(),
  });

  const queries = createReferralQueries({
    store,
    list: createReferralList(db),
    syncRecords: createSyncRecords(db),
    rates: () => ratesInUse(db),
  });
  const auth = createAuth(options, settings.get().serviceUrl, { logger, timers });
  if (options.service) {
    const removed = removeRetiredTokenFiles(options.dataDir);
    if (removed.length > 0)
      logger.info('removed a service token saved by an earlier version; sellers sign in with their work account now', { removed });
  }

  // Each domain answers its own namespace; a channel no map answers is a compile error here.
  const handlers: Handlers = {
    ...createReferralHandlers(queries, createReferralActions(ctx, queries)),
    ...createFavoriteHandlers(ctx, queries),
    ...createDirectoryHandlers(db),
    ...createCatalogHandlers(db),
    ...createDraftHandlers(db, clock),
    ...createContactHandlers(store),
    ...createSyncHandlers({ engine: () => connection?.current() ?? null, store }),
    ...createAuthHandlers(auth),
    ...createPolicyHandlers(options.managed ?? nothingPreset),
    ...createAppHandlers({ version: options.version, dataDir: options.dataDir, transport: options.transport }),
    ...createSettingsHandlers(settings),
    ...createInsightsHandlers(createInsightsQuery(db)),
    ...createExportHandlers(
      createExportService({
        reader: createReferralExport(db),
        target: options.exportTarget ?? unavailableExportTarget,
        events,
        clock,
        logger,
        words: () => words.current(),
      }),
    ),
  };

  applyExpiry();
  const timer = createExpiryTimer({ run: applyExpiry, nextAt: expiry.nextExpiryAt, clock, logger, timers });
  expiryTimer = timer;
  timer.arm();
  notifications.start();
  const syncDeps = {
    db,
    store,
    events,
    clock,
    logger,
    timers,
    actor: ctx.actor,
    changed: notifyChanged,
    onOutcome: (o: SyncOutcome) => notifications.notifySyncOutcome(o),
  };
  const connected = createServiceConnection({
    build: (syncOptions) => createWorkspaceSync(syncDeps, syncOptions),
    onSwitched: (engine) => events.emit('sync:status', engine?.status() ?? offlineSyncStatus(store)),
    logger,
  });
  connection = connected;
  const offAuth = auth.onChange((state, previous) => {
    events.emit('auth:changed', state);
    // The seller just signed in: the first sync runs at once with the new token.
    if (state.status === 'signedIn' && previous.status === 'signingIn') void connected.syncNow();
    if (state.status === 'needsSignIn' && previous.status !== 'needsSignIn') notifications.notifySignInNeeded();
  });
  // A fixed `sync` (tests, tools) wins; the apps pass `service` and follow the serviceUrl setting.
  let unfollow = () => {};
  if (options.sync) void connected.configure(options.sync);
  else if (options.service) unfollow = followServiceSetting(connected, { settings, service: options.service, auth, logger });
  else auth.useService(null);

  let closed = false;
  return {
    handlers,
    dispatch: createDispatcher(handlers, { log: logger, translate: () => words.current().t as unknown as Translate }),
    events,
    applyExpiry,
    settings,
    words,
    notifications,
    get sync() {
      return connected.current();
    },
    connection: connected,
    close() {
      if (closed) return;
      closed = true;
      // Aborts requests in flight; a pass still running finds the engine closed and writes nothing more.
      unfollow();
      offAuth();
      words.dispose();
      auth.cancelSignIn();
      void connected.close();
      notifications.stop();
      timer.stop();
      db.close();
    },
  };
}

/**
 * The work-account sign-in. A launch token (automation) is bound to the service address in effect now, at
 * launch: if the page later moves the address, that token is not sent there.
 */
function createAuth(options: WorkspaceOptions, serviceUrlSetting: string, ports: { logger: Logger; timers: Timers }): AuthService {
  const service = options.service;
  const launchOrigin = serviceOriginOf(effectiveServiceUrl(service?.urlOverride, serviceUrlSetting));
  return createAuthService({
    preset: service?.signIn.preset ?? null,
    store: service?.signIn.store ?? memorySecretStore(),
    browser: service?.signIn.browser ?? { kind: 'page' },
    fetch: service?.fetch,
    launch: service?.launchToken && launchOrigin ? { token: service.launchToken, origin: launchOrigin } : null,
    ...ports,
    signInTimeoutMs: options.signInTimeoutMs,
  });
}

function resolveNotifier(notifier: WorkspaceOptions['notifier'], events: EventBus): Notifier | null {
  if (!notifier) return null;
  return typeof notifier === 'function' ? notifier(events) : notifier;
}
