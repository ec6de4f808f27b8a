import { AppError, type AppInfo, type SyncStatus } from '../../../shared/ipc';
import type { ReferralStore } from '../store/referralStore';

export const NO_SERVICE_MESSAGE =
  'No referrals service is set up yet: your changes are kept safely on this computer and will be sent once a service address is configured.';

/** sync:status, sync:now and app:info until the sync engine exists: everything stays local and queued. */
export function createSystemHandlers(store: ReferralStore, info: AppInfo) {
  const status = (): SyncStatus => ({
    online: false,
    serviceConfigured: false,
    syncing: false,
    lastSyncAt: null,
    pendingChanges: store.pendingOutboxCount(),
    lastError: null,
  });
  return {
    status,
    now(): SyncStatus {
      throw new AppError('NO_SERVICE', NO_SERVICE_MESSAGE);
    },
    info: (): AppInfo => ({ ...info }),
  };
}
