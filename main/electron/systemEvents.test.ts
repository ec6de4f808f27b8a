import { describe, expect, it, vi } from 'vitest';
import { FakeNet, FakePowerMonitor } from '../../test/fakes/electron';
import { electronNetworkStatus, electronPowerEvents, NETWORK_POLL_MS } from './systemEvents';

vi.mock('electron', async () => (await import('../../test/fakes/electron')).fakeElectron);

describe('power events (powerMonitor)', () => {
  it('forwards suspend and resume, and unsubscribes', () => {
    const monitor = new FakePowerMonitor();
    const power = electronPowerEvents(monitor);
    const seen: string[] = [];
    const offSuspend = power.onSuspend(() => seen.push('suspend'));
    const offResume = power.onResume(() => seen.push('resume'));
    monitor.emit('suspend');
    monitor.emit('resume');
    offSuspend();
    offResume();
    monitor.emit('suspend');
    expect(seen).toEqual(['suspend', 'resume']);
    expect(monitor.listenerCount('resume')).toBe(0);
  });
});

describe('network status (net.isOnline, polled)', () => {
  it('polls every 30 s and reports changes only', () => {
    const net = new FakeNet();
    let tick: (() => void) | null = null;
    let armed = 0;
    const timers = { setTimeout: vi.fn((fn: () => void, _ms: number) => ((tick = fn), ++armed)), clearTimeout: vi.fn() };
    const status = electronNetworkStatus(net, timers);
    expect(timers.setTimeout).toHaveBeenCalledWith(expect.any(Function), NETWORK_POLL_MS);
    const changes: boolean[] = [];
    status.onChange((online) => changes.push(online));
    tick!();
    net.online = false;
    tick!();
    tick!();
    net.online = true;
    status.check();
    expect(changes).toEqual([false, true]);
    expect(status.isOnline()).toBe(true);
    // Each poll arms the next one, 30 s later; stop clears the one armed last.
    expect(timers.setTimeout.mock.calls.map(([, ms]) => ms)).toEqual([NETWORK_POLL_MS, NETWORK_POLL_MS, NETWORK_POLL_MS, NETWORK_POLL_MS]);
    status.stop();
    expect(timers.clearTimeout).toHaveBeenCalledWith(4);
  });
});
