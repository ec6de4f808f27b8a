import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../logger';
import { reactTo, wireSystemEvents, type NetworkStatus, type PowerEvents, type SyncControl } from './systemEvents';

const awake = { online: true, suspended: false };

describe('system events policy', () => {
  it('suspend pauses sync (once)', () => {
    const r = reactTo({ type: 'suspend' }, awake);
    expect(r).toEqual({ state: { online: true, suspended: true }, reactions: [{ do: 'pauseSync' }] });
    expect(reactTo({ type: 'suspend' }, r.state).reactions).toEqual([]);
  });

  it('resume applies expiry, re-plans notifications and syncs when online', () => {
    expect(reactTo({ type: 'resume', online: true }, { online: true, suspended: true }).reactions).toEqual([
      { do: 'applyExpiry' },
      { do: 'rescheduleNotifications' },
      { do: 'setOnline', online: true },
      { do: 'syncNow' },
    ]);
    expect(reactTo({ type: 'resume', online: false }, { online: true, suspended: true }).reactions.map((r) => r.do)).toEqual([
      'applyExpiry',
      'rescheduleNotifications',
      'setOnline',
    ]);
  });

  it('the network coming back syncs; going away tells the engine; no change, no reaction', () => {
    expect(reactTo({ type: 'network', online: true }, { online: false, suspended: false }).reactions).toEqual([
      { do: 'setOnline', online: true },
      { do: 'syncNow' },
    ]);
    expect(reactTo({ type: 'network', online: false }, awake).reactions).toEqual([{ do: 'setOnline', online: false }]);
    expect(reactTo({ type: 'network', online: true }, awake).reactions).toEqual([]);
  });

  it('network changes while asleep wait for the resume', () => {
    const r = reactTo({ type: 'network', online: false }, { online: true, suspended: true });
    expect(r).toEqual({ state: { online: false, suspended: true }, reactions: [] });
  });
});

function fakes() {
  const power = { suspend: new Set<() => void>(), resume: new Set<() => void>() };
  const net = { online: true, listeners: new Set<(online: boolean) => void>() };
  const powerEvents: PowerEvents = {
    onSuspend: (l) => (power.suspend.add(l), () => power.suspend.delete(l)),
    onResume: (l) => (power.resume.add(l), () => power.resume.delete(l)),
  };
  const network: NetworkStatus = { isOnline: () => net.online, onChange: (l) => (net.listeners.add(l), () => net.listeners.delete(l)) };
  return { power, net, powerEvents, network };
}

describe('wireSystemEvents', () => {
  it('forwards power and network events to the sync engine, expiry and notifications', async () => {
    const f = fakes();
    const sync = { setOnline: vi.fn(), syncNow: vi.fn(async () => 'ok'), pause: vi.fn() } satisfies SyncControl;
    const targets = { sync, applyExpiry: vi.fn(), rescheduleNotifications: vi.fn(), logger: silentLogger };
    const off = wireSystemEvents(f.powerEvents, f.network, targets);
    expect(sync.setOnline).toHaveBeenLastCalledWith(true);
    for (const l of f.power.suspend) l();
    expect(sync.pause).toHaveBeenCalledOnce();
    for (const l of f.power.resume) l();
    expect(targets.applyExpiry).toHaveBeenCalledOnce();
    expect(targets.rescheduleNotifications).toHaveBeenCalledOnce();
    expect(sync.syncNow).toHaveBeenCalledOnce();
    for (const l of f.net.listeners) l(false);
    expect(sync.setOnline).toHaveBeenLastCalledWith(false);
    for (const l of f.net.listeners) l(true);
    expect(sync.syncNow).toHaveBeenCalledTimes(2);
    off();
    expect([f.power.suspend.size, f.power.resume.size, f.net.listeners.size]).toEqual([0, 0, 0]);
  });

  it('without a sync engine (not wired yet) it still re-plans notifications on resume; a failing sync is logged, not thrown', async () => {
    const f = fakes();
    const targets = { sync: null, applyExpiry: vi.fn(), rescheduleNotifications: vi.fn(), logger: silentLogger };
    wireSystemEvents(f.powerEvents, f.network, targets);
    for (const l of f.power.resume) l();
    expect(targets.rescheduleNotifications).toHaveBeenCalledOnce();
    const warn = vi.fn();
    const failing = {
      setOnline: vi.fn(),
      syncNow: vi.fn(async () => {
        throw new Error('offline');
      }),
    };
    const g = fakes();
    g.net.online = false;
    wireSystemEvents(g.powerEvents, g.network, { ...targets, sync: failing, logger: { ...silentLogger, warn } });
    expect(failing.setOnline).toHaveBeenLastCalledWith(false);
    for (const l of g.net.listeners) l(true);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('sync after a system event failed', expect.any(Error)));
  });
});
