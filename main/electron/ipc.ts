import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channels, eventNames, fail, type Dispatch } from '../../shared/ipc';
import type { EventBus } from '../core/eventBus';
import type { SenderInfo } from './senderPolicy';

export type IsTrusted = (sender: SenderInfo | null) => boolean;

/** What the sender policy needs from an IPC event; null when the frame is gone (navigated or closed). */
export function senderOf(event: IpcMainInvokeEvent): SenderInfo | null {
  const frame = event.senderFrame;
  if (!frame) return null;
  return { url: frame.url, isMainFrame: frame.parent === null };
}

export const forbidden = fail('FORBIDDEN', 'app.forbidden');

/**
 * One `ipcMain.handle` per contract channel, nothing else. Every call checks its sender before the
 * dispatcher parses the input. Returns a function that removes the handlers.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch, isTrusted: IsTrusted): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrusted(senderOf(event))) return forbidden;
      return dispatch(channel, input);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** Sends every workspace event to the window (if it is still there). Returns an unsubscribe. */
export function forwardEvents(events: EventBus, target: () => Pick<WebContents, 'send' | 'isDestroyed'> | null): () => void {
  const offs = eventNames.map((name) =>
    events.on(name, (payload) => {
      const contents = target();
      if (contents && !contents.isDestroyed()) contents.send(name, payload);
    }),
  );
  return () => {
    for (const off of offs) off();
  };
}
