import { describe, expect, it, vi } from 'vitest';
import type { Event, HandlerDetails, HeadersReceivedResponse, OnHeadersReceivedListenerDetails, WebContents } from 'electron';
import { silentLogger } from '../core/logger';
import { type FakeBrowserWindow, fakeElectron } from '../../test/fakes/electron';
import { contentSecurityPolicy, createMainWindow } from './window';

vi.mock('electron', async () => (await import('../../test/fakes/electron')).fakeElectron);

const location = { pageUrl: 'app://workspace/index.html' };

function open(devServerUrl?: string): FakeBrowserWindow {
  const win = createMainWindow({
    preloadPath: '/app/out/preload/index.js',
    location: { ...location, devServerUrl },
    logger: silentLogger,
  });
  return win as unknown as FakeBrowserWindow;
}

function navigate(win: FakeBrowserWindow, url: string): boolean {
  let prevented = false;
  const event = { url, preventDefault: () => (prevented = true) } as unknown as Event;
  win.webContents.emit('will-navigate', event, url);
  return prevented;
}

describe('createMainWindow', () => {
  it('creates a hidden, locked-down window with the preload', () => {
    const win = open();
    expect(fakeElectron.BrowserWindow.instances).toContain(win);
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('shows the window only when ready to show', () => {
    const win = open();
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('loads the built renderer through app:// (never file://), or the dev server URL in development', () => {
    expect(open().loaded).toEqual([{ url: 'app://workspace/index.html' }]);
    expect(open('http://localhost:5173/').loaded).toEqual([{ url: 'http://localhost:5173/' }]);
  });

  it('denies every window.open', () => {
    const handler = open().webContents.windowOpenHandler;
    expect(handler?.({ url: 'https://evil.example/' } as HandlerDetails)).toEqual({ action: 'deny' });
    expect(handler?.({ url: location.pageUrl } as HandlerDetails)).toEqual({ action: 'deny' });
  });

  it('prevents navigation to a foreign URL and allows our own page', () => {
    const win = open();
    expect(navigate(win, 'https://evil.example/phish')).toBe(true);
    expect(navigate(win, 'file:///etc/passwd')).toBe(true);
    expect(navigate(win, `${location.pageUrl}#/deals`)).toBe(false);
  });

  it('sets the strict CSP header on every response, keeping the other headers', () => {
    const listener = open().webContents.session.webRequest.headersListener;
    let response: HeadersReceivedResponse | undefined;
    const details = { url: location.pageUrl, responseHeaders: { 'X-Other': ['1'] } } as unknown as OnHeadersReceivedListenerDetails;
    listener?.(details, (r) => (response = r));
    expect(response?.responseHeaders).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] });
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('denies permission requests except notifications', () => {
    const handler = open().webContents.session.permissionHandler;
    const ask = (permission: 'media' | 'geolocation' | 'clipboard-read' | 'notifications') => {
      let granted: boolean | undefined;
      handler?.({} as unknown as WebContents, permission, (g) => (granted = g), {} as never);
      return granted;
    };
    expect(ask('media')).toBe(false);
    expect(ask('geolocation')).toBe(false);
    expect(ask('clipboard-read')).toBe(false);
    expect(ask('notifications')).toBe(true);
  });

  it('answers permission checks the same way: notifications only', () => {
    const check = open().webContents.session.permissionCheckHandler;
    expect(check?.(null, 'media', 'app://workspace', {} as never)).toBe(false);
    expect(check?.(null, 'clipboard-read', 'app://workspace', {} as never)).toBe(false);
    expect(check?.(null, 'notifications', 'app://workspace', {} as never)).toBe(true);
  });
});
