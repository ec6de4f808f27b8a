import { BrowserWindow, type WebContents, type WebPreferences } from 'electron';
import type { Logger } from '../core/ports';
import { isOwnUrl, type RendererLocation } from './senderPolicy';

// Same policy as the renderer's meta CSP; sent as a header too, so it holds even if the page's meta tag is lost.
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

export { contentSecurityPolicy };

/** The renderer is untrusted web content: isolated, sandboxed, no Node. Do not relax these. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
  };
}

/** Notifications are the only browser permission the app needs (SPEC: expiry reminders). */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'notifications';
}

export type MainWindowOptions = {
  preloadPath: string;
  location: RendererLocation;
  logger: Logger;
  /** Where the window was last time (see windowState.ts clampBounds); no x/y: centred. */
  bounds?: { x?: number; y?: number; width: number; height: number };
};

export const mainWindowSizing = { width: 1280, height: 820, minWidth: 960, minHeight: 600 } as const;

/** Locks a window's web contents down: no popups, no foreign navigation, CSP header, permissions denied. */
export function hardenWebContents(contents: WebContents, location: RendererLocation, logger: Logger): void {
  contents.setWindowOpenHandler(({ url }) => {
    logger.warn('refused to open a window', { url: url.slice(0, 200) });
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isOwnUrl(event.url, location)) return;
    event.preventDefault();
    logger.warn('refused to navigate away from the app', { url: event.url.slice(0, 200) });
  });
  contents.session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  contents.session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  // Checks (navigator.permissions.query, Notification.permission) answer the same as requests.
  contents.session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { x, y, width, height }: NonNullable<MainWindowOptions['bounds']> = options.bounds ?? mainWindowSizing;
  const win = new BrowserWindow({
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    width,
    height,
    minWidth: mainWindowSizing.minWidth,
    minHeight: mainWindowSizing.minHeight,
    title: 'Co-sell Workspace',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  hardenWebContents(win.webContents, options.location, options.logger);
  win.once('ready-to-show', () => win.show());

  const { devServerUrl } = options.location;
  // The built renderer comes through the app:// protocol (appProtocol.ts), never file://.
  const loading = win.loadURL(devServerUrl ?? options.location.pageUrl);
  loading.catch((err: unknown) => options.logger.error('the window could not load the app', err));
  return win;
}
