import type { Net, PowerMonitor } from 'electron';
import { every, systemTimers, type Timers } from '../core/ports';
import type { NetworkStatus, PowerEvents } from '../core/system/systemEvents';

/** PowerEvents over Electron's powerMonitor (suspend/resume are emitted on every platform). */
export function electronPowerEvents(powerMonitor: Pick<PowerMonitor, 'on' | 'off'>): PowerEvents {
  return {
    onSuspend(listener) {
      powerMonitor.on('suspend', listener);
      return () => void powerMonitor.off('suspend', listener);
    },
    onResume(listener) {
      powerMonitor.on('resume', listener);
      return () => void powerMonitor.off('resume', listener);
    },
  };
}

export const NETWORK_POLL_MS = 30_000;

/**
 * NetworkStatus over net.isOnline(), polled every 30 s in the main process. Chosen over the renderer's
 * online/offline events because it keeps working while the window is closed to the tray, and adds no
 * renderer → main message a compromised page could fake. `check()` polls now (called on resume).
 */
export function electronNetworkStatus(
  net: Pick<Net, 'isOnline'>,
  timers: Timers = systemTimers,
  intervalMs = NETWORK_POLL_MS,
): NetworkStatus & { check(): void; stop(): void } {
  let online = net.isOnline();
  const listeners = new Set<(online: boolean) => void>();
  const check = () => {
    const now = net.isOnline();
    if (now === online) return;
    online = now;
    for (const l of [...listeners]) l(online);
  };
  const stop = every(timers, intervalMs, check);
  return {
    isOnline: () => online,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    check,
    stop,
  };
}
