import { AppError, type ConflictView, type HandlersOf, type SyncStatus } from '../../../shared/ipc';
import { errorWords, inEnglish } from '../../../shared/i18n';
import type { ReferralStore } from '../store/referralStore';
import type { Conflict } from './conflicts';
import type { SyncEngine } from './syncEngine';

export const NO_SERVICE_MESSAGE = inEnglish(errorWords('sync.noService'));

export type SyncHandlersDeps = {
  /** The engine for the configured service, or null (offline only). */
  engine(): SyncEngine | null;
  store: Pick<ReferralStore, 'get' | 'pendingOutboxCount'>;
};

/** The status without a service: everything stays local and queued. */
export function offlineSyncStatus(store: Pick<ReferralStore, 'pendingOutboxCount'>): SyncStatus {
  return {
    online: false,
    serviceConfigured: false,
    syncing: false,
    lastSyncAt: null,
    pendingChanges: store.pendingOutboxCount(),
    lastError: null,
  };
}

/** The engine's conflict as the renderer sees it (pure): the deal's name and currency come from the local copy. */
export function conflictView(c: Conflict, currency: string | null): ConflictView {
  return {
    referralId: c.referralId,
    dealName: c.name,
    currency,
    createdAt: c.createdAt,
    fields: c.fields.map(({ field, local, server }) => ({ field, local, server })),
  };
}

/** The sync:* channels. Without a service, status is local-only and everything that needs the service refuses with NO_SERVICE. */
export function createSyncHandlers(deps: SyncHandlersDeps): HandlersOf<'sync'> {
  const engine = (): SyncEngine => {
    const e = deps.engine();
    if (!e) throw new AppError('NO_SERVICE', 'sync.noService');
    return e;
  };
  return {
    'sync:status': () => deps.engine()?.status() ?? offlineSyncStatus(deps.store),
    'sync:now': () => engine().syncNow(),
    'sync:conflicts': () =>
      engine()
        .listConflicts()
        .map((c) => conflictView(c, deps.store.get(c.referralId)?.referral.details.currency ?? null)),
    'sync:resolveConflict': ({ referralId, choices }) => engine().resolveConflict(referralId, choices),
  };
}
