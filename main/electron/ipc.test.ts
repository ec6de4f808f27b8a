import { describe, expect, it, vi } from 'vitest';
import { channels, ok, type Dispatch } from '../../shared/ipc';
import { createEventBus } from '../core/eventBus';
import { fakeElectron, fakeInvokeEvent, FakeWebContents } from '../../test/fakes/electron';
import { forwardEvents, registerIpc } from './ipc';
import { isTrustedSender } from './senderPolicy';

vi.mock('electron', async () => (await import('../../test/fakes/electron')).fakeElectron);

const location = { pageUrl: 'app://workspace/index.html' };
const isTrusted = (sender: Parameters<typeof isTrustedSender>[0]) => isTrustedSender(sender, location);

function setup() {
  const ipcMain = fakeElectron.ipcMain;
  const dispatch = vi.fn<Dispatch>(async (channel, input) => ok({ channel, input }));
  const unregister = registerIpc(ipcMain, dispatch, isTrusted);
  return { ipcMain, dispatch, unregister };
}

describe('registerIpc', () => {
  it('registers exactly the contract channels, and removes them again', () => {
    const { ipcMain, unregister } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('dispatches a call from our own main frame', async () => {
    const { ipcMain, dispatch, unregister } = setup();
    const result = await ipcMain.invoke('referrals:get', fakeInvokeEvent(location.pageUrl), { id: 'r1' });
    expect(result).toEqual({ ok: true, value: { channel: 'referrals:get', input: { id: 'r1' } } });
    expect(dispatch).toHaveBeenCalledOnce();
    unregister();
  });

  it.each([
    ['a foreign page', fakeInvokeEvent('https://evil.example/')],
    ['a subframe of our page', fakeInvokeEvent(location.pageUrl, { mainFrame: false })],
    ['a frame that is gone', fakeInvokeEvent(location.pageUrl, { frameGone: true })],
    ['about:blank', fakeInvokeEvent('about:blank')],
  ])('refuses %s without calling dispatch', async (_name, event) => {
    const { ipcMain, dispatch, unregister } = setup();
    const result = await ipcMain.invoke('favorites:set', event, { id: 'r1', favorite: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/refused/) } });
    expect(dispatch).not.toHaveBeenCalled();
    unregister();
  });
});

describe('forwardEvents', () => {
  it('sends every workspace event to the window, and stops when unsubscribed or the window is gone', () => {
    const bus = createEventBus();
    const contents = new FakeWebContents();
    let current: FakeWebContents | null = contents;
    const off = forwardEvents(bus, () => current);

    bus.emit('referrals:changed', { ids: ['a'] });
    bus.emit('notification:clicked', { id: 'b' });
    expect(contents.sent).toEqual([
      { channel: 'referrals:changed', args: [{ ids: ['a'] }] },
      { channel: 'notification:clicked', args: [{ id: 'b' }] },
    ]);

    contents.destroyed = true;
    bus.emit('referrals:changed', { ids: ['c'] });
    current = null;
    bus.emit('referrals:changed', { ids: ['d'] });
    contents.destroyed = false;
    current = contents;
    off();
    bus.emit('referrals:changed', { ids: ['e'] });
    expect(contents.sent).toHaveLength(2);
  });
});
