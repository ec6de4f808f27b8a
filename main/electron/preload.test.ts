import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { IpcRendererEvent } from 'electron';
import { channels, eventNames, type Api } from '../../shared/ipc';
import { fakeElectron } from '../../test/fakes/electron';

vi.mock('electron', async () => (await import('../../test/fakes/electron')).fakeElectron);

let api: Api;

beforeAll(async () => {
  await import('./preload');
  api = fakeElectron.contextBridge.exposed.api as Api;
});

describe('preload', () => {
  it('exposes exactly `api`, with exactly invoke and on', () => {
    expect(Object.keys(fakeElectron.contextBridge.exposed)).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards a contract channel to ipcRenderer.invoke', async () => {
    fakeElectron.ipcRenderer.respond = async () => ({ ok: true, value: { version: '1' } });
    const result = await api.invoke('app:info', {});
    expect(result).toEqual({ ok: true, value: { version: '1' } });
    expect(fakeElectron.ipcRenderer.invoked.at(-1)).toEqual({ channel: 'app:info', args: [{}] });
  });

  it('refuses an unknown channel without touching ipcRenderer', async () => {
    const before = fakeElectron.ipcRenderer.invoked.length;
    const invoke = api.invoke as (channel: string, input: unknown) => Promise<unknown>;
    expect(await invoke('shell:openExternal', { url: 'https://evil.example' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(fakeElectron.ipcRenderer.invoked.length).toBe(before);
  });

  it('turns a failed IPC call into an error value', async () => {
    fakeElectron.ipcRenderer.respond = async () => {
      throw new Error('No handler registered');
    };
    expect(await api.invoke('sync:status', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('delivers only the payload of a listed event, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = api.on('referrals:changed', (payload) => seen.push(payload));
    const sender = { sender: 'secret' } as unknown as IpcRendererEvent;
    fakeElectron.ipcRenderer.emit('referrals:changed', sender, { ids: ['x'] });
    expect(seen).toEqual([{ ids: ['x'] }]);
    off();
    fakeElectron.ipcRenderer.emit('referrals:changed', sender, { ids: ['y'] });
    expect(seen).toHaveLength(1);
    expect(fakeElectron.ipcRenderer.listenerCount('referrals:changed')).toBe(0);
  });

  it('refuses to listen to an event outside the contract', () => {
    const on = api.on as (event: string, listener: () => void) => () => void;
    expect(() => on('ipc-internal', () => {})).toThrow(/no event named/);
    expect(fakeElectron.ipcRenderer.listenerCount('ipc-internal')).toBe(0);
  });

  it('allows exactly the channels and events the contract defines', async () => {
    // The contract's own keys, not the preload's copy of them: a channel missing from the copy fails here.
    fakeElectron.ipcRenderer.respond = async () => ({ ok: true, value: null });
    const before = fakeElectron.ipcRenderer.invoked.length;
    for (const channel of channels) expect(await api.invoke(channel, {}), channel).toEqual({ ok: true, value: null });
    expect(fakeElectron.ipcRenderer.invoked.slice(before).map((c) => c.channel)).toEqual(channels);

    for (const event of eventNames) {
      const off = api.on(event, () => {});
      expect(fakeElectron.ipcRenderer.listenerCount(event), event).toBe(1);
      off();
    }

    // And nothing else: a near miss of each name is refused before it reaches ipcRenderer.
    const invoke = api.invoke as (channel: string, input: unknown) => Promise<unknown>;
    const on = api.on as (event: string, listener: () => void) => () => void;
    const sent = fakeElectron.ipcRenderer.invoked.length;
    for (const channel of channels) expect(await invoke(`${channel}x`, {}), channel).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    for (const event of eventNames) expect(() => on(event.toUpperCase(), () => {}), event).toThrow(/no event named/);
    expect(fakeElectron.ipcRenderer.invoked.length).toBe(sent);
  });
});
