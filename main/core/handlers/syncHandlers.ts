import { AppError, type ConflictView, type Handlers } from '../../../shared/ipc';
import type { ReferralStore } from '../store/referralStore';
import type { Conflict } from '../sync/conflicts';
import type { SyncEngine } from '../sync/syncEngine';
import { NO_SERVICE_MESSAGE, type createSystemHandlers } from './system';

type SyncChannel = 'sync:status' | 'sync:now' | 'sync:conflicts' | 'sync:resolveConflict';

export type SyncHandlersDeps = {
  /** The engine for the configured service, or null (offline only). */
  engine(): SyncEngine | null;
  system: ReturnType<typeof createSystemHandlers>;
  store: Pick<ReferralStore, 'get'>;
};

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
export function createSyncHandlers(deps: SyncHandlersDeps): Pick<Handlers, SyncChannel> {
  const engine = (): SyncEngine => {
    const e = deps.engine();
    if (!e) throw new AppError('NO_SERVICE', NO_SERVICE_MESSAGE);
    return e;
  };
  return {
    'sync:status': () => deps.engine()?.status() ?? deps.system.status(),
    'sync:now': () => (deps.engine() ? engine().syncNow() : deps.system.now()),
    'sync:conflicts': () =>
      engine()
        .listConflicts()
        .map((c) => conflictView(c, deps.store.get(c.referralId)?.referral.details.currency ?? null)),
    'sync:resolveConflict': ({ referralId, choices }) => engine().resolveConflict(referralId, choices),
  };
}
