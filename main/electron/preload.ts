// The sandboxed preload: it may only require 'electron', so it imports plain lists (no zod) and stays tiny.
// It exports nothing: the bundle must not need a CommonJS `exports` object.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Api } from '../../shared/ipc/api';
import { channelNames, eventNameList } from '../../shared/ipc/channelNames';
import { failure, UNKNOWN_CHANNEL_KEY, UNKNOWN_CHANNEL_MESSAGE } from '../../shared/ipc/result';

const allowedChannels: ReadonlySet<string> = new Set(channelNames);
const allowedEvents: ReadonlySet<string> = new Set(eventNameList);

// English beside the key: i18next is not loaded here, and the renderer words the key (errors namespace).
const unreachable = failure('UNAVAILABLE', 'The app could not answer this request. Try again, and restart the app if it keeps happening.', {
  key: 'errors:app.unavailable',
});

/**
 * window.api over Electron IPC. The allow-list is the contract: anything else is refused here,
 * before it reaches ipcRenderer. Errors are values (same shape as the web host's bridge).
 */
const api: Api = {
  invoke(channel, input) {
    if (!allowedChannels.has(channel))
      return Promise.resolve(failure('UNKNOWN_CHANNEL', UNKNOWN_CHANNEL_MESSAGE, { key: UNKNOWN_CHANNEL_KEY }));
    return ipcRenderer.invoke(channel, input).catch(() => unreachable);
  },
  on(event, listener) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- untrusted page: any value at run time
    if (!allowedEvents.has(event)) throw new Error(`There is no event named "${String(event).slice(0, 60)}".`);
    // Strip the IpcRendererEvent: it carries `sender`, which must never reach the page.
    const wrapped = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
