import { Notification, type WebContents } from 'electron';
import type { Logger, Notifier } from '../core/ports';

/**
 * Deal and customer names come from the service (another party typed them). Some Linux notification
 * servers read the body as markup, so angle brackets are replaced by look-alikes that carry no meaning,
 * and the text is kept short. Pure.
 */
export function notificationText(text: string, max = 250): string {
  const plain = text.replace(/</g, '‹').replace(/>/g, '›').replace(/\s+/g, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

export type ElectronNotifierDeps = {
  /** Brings the main window up (creating it if it was closed) and opens the deal, if there is one; see sendDealToRenderer. */
  openDeal(referralId: string | null): void;
  /** Shown next to the text where the OS supports it. */
  icon?: string;
  logger: Logger;
};

/**
 * Native notifications (SPEC F5). The title says how long is left, the body names the deal and the
 * customer (see expiryPolicy / syncNotificationPolicy); a click brings the window up on that deal.
 * Works while the window is hidden in the tray: the notification belongs to the main process.
 */
export function createElectronNotifier(deps: ElectronNotifierDeps): Notifier & { pending(): number } {
  // A Notification the garbage collector takes loses its click handler (seen on Windows): keep each until it ends.
  const live = new Set<Notification>();
  return {
    show(n) {
      if (!Notification.isSupported()) {
        deps.logger.warn('this system does not support desktop notifications', { title: n.title });
        return;
      }
      const note = new Notification({
        title: notificationText(n.title, 120),
        body: notificationText(n.body),
        icon: deps.icon,
        silent: false,
      });
      live.add(note);
      note.on('click', () => {
        live.delete(note);
        deps.openDeal(n.referralId);
      });
      note.on('close', () => live.delete(note));
      note.on('failed', (_event, error) => {
        live.delete(note);
        deps.logger.warn('a notification could not be shown', { error });
      });
      note.show();
    },
    pending: () => live.size,
  };
}

type Target = Pick<WebContents, 'send' | 'isDestroyed' | 'isLoading' | 'once'>;

/**
 * Sends `notification:clicked` to the renderer, which opens the deal. A window created (or reloaded)
 * for the click has no listener yet: the message then waits until the page has loaded.
 */
export function sendDealToRenderer(contents: Target | null, referralId: string | null): void {
  if (!contents || contents.isDestroyed() || referralId === null) return;
  const send = () => {
    if (!contents.isDestroyed()) contents.send('notification:clicked', { id: referralId });
  };
  if (contents.isLoading()) contents.once('did-finish-load', send);
  else send();
}
