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
    const timers = { setInterval: vi.fn((fn: () => void) => ((tick = fn), 1)), clearInterval: vi.fn() };
    const status = electronNetworkStatus(net, timers);
    expect(timers.setInterval).toHaveBeenCalledWith(expect.any(Function), NETWORK_POLL_MS);
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
    status.stop();
    expect(timers.clearInterval).toHaveBeenCalledWith(1);
  });
});
