import type { Logger } from '../ports';

/** The OS going to sleep and waking up (Electron: powerMonitor). */
export type PowerEvents = {
  onSuspend(listener: () => void): () => void;
  onResume(listener: () => void): () => void;
};

/** Whether the machine has a network (Electron: net.isOnline, polled). */
export type NetworkStatus = {
  isOnline(): boolean;
  onChange(listener: (online: boolean) => void): () => void;
};

/**
 * What the core needs from the sync engine (main/core/sync), kept minimal so this wiring does not
 * depend on the engine's internals. `pause` stops the timer and any pass in flight; without it,
 * suspend falls back to setOnline(false).
 */
export type SyncControl = { setOnline(online: boolean): void; syncNow(): Promise<unknown>; pause?(): void };

export type SystemEvent = { type: 'suspend' } | { type: 'resume'; online: boolean } | { type: 'network'; online: boolean };
export type SystemState = { online: boolean; suspended: boolean };

export type Reaction =
  | { do: 'pauseSync' }
  | { do: 'setOnline'; online: boolean }
  | { do: 'syncNow' }
  | { do: 'applyExpiry' }
  | { do: 'rescheduleNotifications' };

/**
 * The policy (pure): on suspend pause sync; on resume apply local expiry, re-plan notifications (the
 * clock moved while asleep) and, when online, sync; when the network comes back, sync; when it goes,
 * tell the engine. Network changes while asleep wait for the resume.
 */
export function reactTo(event: SystemEvent, state: SystemState): { state: SystemState; reactions: Reaction[] } {
  switch (event.type) {
    case 'suspend':
      return state.suspended ? { state, reactions: [] } : { state: { ...state, suspended: true }, reactions: [{ do: 'pauseSync' }] };
    case 'resume': {
      const reactions: Reaction[] = [{ do: 'applyExpiry' }, { do: 'rescheduleNotifications' }, { do: 'setOnline', online: event.online }];
      if (event.online) reactions.push({ do: 'syncNow' });
      return { state: { online: event.online, suspended: false }, reactions };
    }
    case 'network': {
      if (event.online === state.online) return { state, reactions: [] };
      const next = { ...state, online: event.online };
      if (state.suspended) return { state: next, reactions: [] };
      return {
        state: next,
        reactions: event.online ? [{ do: 'setOnline', online: true }, { do: 'syncNow' }] : [{ do: 'setOnline', online: false }],
      };
    }
  }
}

export type SystemEventTargets = {
  /** Null until the sync engine is wired: sync reactions are then skipped. */
  sync: SyncControl | null;
  applyExpiry(): unknown;
  rescheduleNotifications(): void;
  logger: Logger;
};

/** Connects power and network events to the workspace through `reactTo`. Returns an unsubscribe. */
export function wireSystemEvents(power: PowerEvents | null, network: NetworkStatus | null, targets: SystemEventTargets): () => void {
  let state: SystemState = { online: network?.isOnline() ?? true, suspended: false };
  targets.sync?.setOnline(state.online);

  const perform = (reaction: Reaction) => {
    const { sync } = targets;
    switch (reaction.do) {
      case 'pauseSync':
        if (sync?.pause) sync.pause();
        else sync?.setOnline(false);
        return;
      case 'setOnline':
        sync?.setOnline(reaction.online);
        return;
      case 'syncNow':
        sync?.syncNow().catch((err: unknown) => targets.logger.warn('sync after a system event failed', err));
        return;
      case 'applyExpiry':
        targets.applyExpiry();
        return;
      case 'rescheduleNotifications':
        targets.rescheduleNotifications();
        return;
    }
  };
  const handle = (event: SystemEvent) => {
    const next = reactTo(event, state);
    state = next.state;
    for (const reaction of next.reactions) {
      try {
        perform(reaction);
      } catch (err) {
        targets.logger.error(`reacting to ${event.type} failed at ${reaction.do}`, err);
      }
    }
  };
  const offs = [
    power?.onSuspend(() => handle({ type: 'suspend' })),
    power?.onResume(() => handle({ type: 'resume', online: network?.isOnline() ?? state.online })),
    network?.onChange((online) => handle({ type: 'network', online })),
  ];
  return () => {
    for (const off of offs) off?.();
  };
}
