import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import { englishWords, type Words } from '../core/i18n/mainWords';
import type { Logger } from '../core/ports';

export type TrayText = { tooltip: string; label: string };

/** The tray's words for how many Received referrals expire within 24 hours. Pure. */
export function trayText(expiringSoon: number, paused: boolean, words: Words = englishWords()): TrayText {
  const { t } = words;
  const label = expiringSoon === 0 ? t('notify:tray.noneExpiring') : t('notify:tray.expiring', { count: expiringSoon });
  return { label, tooltip: paused ? t('notify:tray.tooltipPaused', { label }) : t('notify:tray.tooltip', { label }) };
}

/** Closing the window hides it to the tray when the setting is on and a tray exists; Quit (or the OS shutting down) really quits. Pure. */
export function shouldHideOnClose(state: { quitting: boolean; closeToTray: boolean; hasTray: boolean }): boolean {
  return !state.quitting && state.closeToTray && state.hasTray;
}

export type TrayActions = {
  open(): void;
  syncNow(): void;
  setPaused(paused: boolean): void;
  quit(): void;
};

/**
 * The tray icon from build/icons: 16 px, with the 32 px file as its 2x representation for HiDPI screens.
 * `template`: a black-and-alpha macOS menu-bar image, which macOS tints for light and dark menu bars.
 */
export type TrayIcon = { x1: string; x2: string; template?: boolean };

export function trayImage(icon: TrayIcon): NativeImage {
  const image = nativeImage.createFromPath(icon.x1);
  image.addRepresentation({ scaleFactor: 2, buffer: nativeImage.createFromPath(icon.x2).toPNG() });
  if (icon.template) image.setTemplateImage(true);
  return image;
}

export type TrayDeps = {
  icon: TrayIcon;
  actions: TrayActions;
  /** Received referrals expiring within 24 hours, read at each refresh. */
  expiringSoon(): number;
  paused(): boolean;
  /** The words of the language setting, read at each refresh (English when not given). */
  words?: () => Words;
  logger: Logger;
};

export function trayMenuTemplate(
  text: TrayText,
  paused: boolean,
  actions: TrayActions,
  { t }: Words = englishWords(),
): MenuItemConstructorOptions[] {
  return [
    { label: text.label, enabled: false },
    { type: 'separator' },
    { label: t('notify:tray.open'), click: () => actions.open() },
    { label: t('notify:tray.syncNow'), click: () => actions.syncNow() },
    { label: t('notify:tray.pause'), type: 'checkbox', checked: paused, click: (item) => actions.setPaused(item.checked) },
    { type: 'separator' },
    { label: t('notify:tray.quit'), click: () => actions.quit() },
  ];
}

export type AppTray = { refresh(): void; destroy(): void };

/**
 * The tray icon: a left click opens the window, the menu offers Open / Sync now / Pause notifications /
 * Quit under a line counting referrals about to expire. `refresh` rebuilds the menu (Linux only shows
 * a changed menu when it is set again).
 */
export function createAppTray(deps: TrayDeps): AppTray {
  const tray = new Tray(trayImage(deps.icon));
  tray.on('click', () => deps.actions.open());
  const refresh = () => {
    if (tray.isDestroyed()) return;
    try {
      const paused = deps.paused();
      const words = deps.words?.() ?? englishWords();
      const text = trayText(deps.expiringSoon(), paused, words);
      tray.setToolTip(text.tooltip);
      tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(text, paused, deps.actions, words)));
    } catch (err) {
      deps.logger.warn('the tray could not be updated', err);
    }
  };
  refresh();
  return {
    refresh,
    destroy() {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
