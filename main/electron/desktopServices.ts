import { Menu, net, powerMonitor } from 'electron';
import { DAY_MS } from '../../shared/domain';
import { every, systemTimers, type Logger } from '../core/ports';
import { wireSystemEvents, type SyncControl } from '../core/system/systemEvents';
import type { Workspace } from '../core/workspaceTypes';
import { appMenuTemplate } from './appMenu';
import { electronNetworkStatus, electronPowerEvents } from './systemEvents';
import { createAppTray, type AppTray, type TrayIcon } from './tray';

export type DesktopServicesDeps = {
  workspace: Workspace;
  /** Shows and focuses the main window, creating it if needed. */
  showWindow(): void;
  quit(): void;
  trayIcon: TrayIcon;
  logger: Logger;
  /**
   * The workspace's sync engine (workspace.sync), null when the workspace was opened without a service.
   * Power and network events then still re-plan notifications and apply expiry.
   */
  sync?: SyncControl | null;
  platform?: NodeJS.Platform;
  /** How often the tray's "expiring within 24 hours" count is refreshed when nothing changes. */
  trayRefreshMs?: number;
};

export type DesktopServices = { tray: AppTray | null; stop(): void };

/**
 * What the desktop app adds around the window: the application menu, the tray (with the count of
 * referrals expiring within 24 hours), and power/network events feeding the core's policy.
 */
export function startDesktopServices(deps: DesktopServicesDeps): DesktopServices {
  const { workspace, logger } = deps;
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(deps.platform ?? process.platform)));

  let tray: AppTray | null = null;
  try {
    tray = createAppTray({
      icon: deps.trayIcon,
      logger,
      expiringSoon: () => workspace.notifications.expiringWithin(DAY_MS),
      paused: () => workspace.notifications.isPaused(),
      words: () => workspace.words.current(),
      actions: {
        open: () => deps.showWindow(),
        syncNow: () => {
          void workspace.dispatch('sync:now', {}).then((r) => {
            if (!r.ok) logger.info('sync now from the tray was refused', { code: r.error.code });
          });
        },
        setPaused: (paused) => {
          workspace.notifications.setPaused(paused);
          tray?.refresh();
        },
        quit: () => deps.quit(),
      },
    });
  } catch (err) {
    // Some Linux desktops have no tray: the app still works, and closing the window then quits it.
    logger.warn('no tray icon on this desktop', err);
  }
  const refreshTray = () => tray?.refresh();
  const offChanged = workspace.events.on('referrals:changed', refreshTray);
  // A new language shows in the tray at once (its menu is rebuilt); the next notification is worded in it too.
  const offWords = workspace.words.onChange(refreshTray);
  const stopRefresh = every(systemTimers, deps.trayRefreshMs ?? 5 * 60_000, refreshTray);

  const network = electronNetworkStatus(net);
  const offSystem = wireSystemEvents(electronPowerEvents(powerMonitor), network, {
    sync: deps.sync ?? null,
    applyExpiry: () => workspace.applyExpiry(),
    rescheduleNotifications: () => {
      workspace.notifications.reschedule();
      network.check();
      refreshTray();
    },
    logger,
  });

  return {
    tray,
    stop() {
      offChanged();
      offWords();
      offSystem();
      stopRefresh();
      network.stop();
      tray?.destroy();
      tray = null;
    },
  };
}
