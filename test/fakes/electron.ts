/**
 * A typed fake of the part of Electron's API the app uses. There is no Electron binary on the CI machine,
 * so tests replace the module: `vi.mock('electron', async () => (await import('test/fakes/electron')).fakeElectron)`.
 *
 * Each fake declares what it implements as a `Pick` of electron's own types: a method missing here, or one
 * whose signature drifts from Electron's .d.ts, is a compile error in this file. Overloaded `on` methods keep
 * their listeners loosely typed (the real signatures are checked where the app calls them).
 * This module must never import electron at runtime: `import type` only.
 */
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  ContextBridge,
  Dialog,
  HandlerDetails,
  HeadersReceivedResponse,
  IpcMain,
  IpcMainInvokeEvent,
  IpcRenderer,
  IpcRendererEvent,
  OnHeadersReceivedListenerDetails,
  Session,
  WebContents,
  WebRequest,
  WebRequestFilter,
  WindowOpenHandlerResponse,
} from 'electron';

type Listener = (...args: never[]) => unknown;
type Callable = (...args: unknown[]) => unknown;

/** A tiny event emitter shared by the fakes. */
class Emitter {
  private readonly listeners = new Map<string, Listener[]>();

  protected add(event: string, listener: Listener, once = false): void {
    const wrapped: Listener = once
      ? (...args) => {
          this.remove(event, wrapped);
          return (listener as Callable)(...(args as unknown[]));
        }
      : listener;
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), wrapped]);
  }

  protected remove(event: string, listener: Listener): void {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
  }

  /** Test helper: calls every listener of `event` with `args`. */
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) (l as Callable)(...args);
  }

  listenerCount(event: string): number {
    return (this.listeners.get(event) ?? []).length;
  }

  protected clearListeners(): void {
    this.listeners.clear();
  }
}

type HeadersListener = (details: OnHeadersReceivedListenerDetails, callback: (response: HeadersReceivedResponse) => void) => void;

export class FakeWebRequest implements Pick<WebRequest, 'onHeadersReceived'> {
  headersListener: HeadersListener | null = null;

  onHeadersReceived(filterOrListener: WebRequestFilter | HeadersListener | null, listener?: HeadersListener | null): void {
    this.headersListener = typeof filterOrListener === 'function' ? filterOrListener : (listener ?? null);
  }
}

type PermissionHandler = Parameters<Session['setPermissionRequestHandler']>[0];

export class FakeSession implements Pick<Session, 'setPermissionRequestHandler'> {
  readonly webRequest = new FakeWebRequest();
  permissionHandler: PermissionHandler = null;

  setPermissionRequestHandler(handler: PermissionHandler): void {
    this.permissionHandler = handler;
  }
}

export class FakeWebContents extends Emitter implements Pick<WebContents, 'setWindowOpenHandler' | 'on' | 'send' | 'isDestroyed'> {
  readonly session = new FakeSession();
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  destroyed = false;

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  on(event: string, listener: Listener): WebContents {
    this.add(event, listener);
    return this as unknown as WebContents;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

type WindowPick = 'loadFile' | 'loadURL' | 'show' | 'focus' | 'isMinimized' | 'restore' | 'isDestroyed' | 'once' | 'on';

export class FakeBrowserWindow extends Emitter implements Pick<BrowserWindow, WindowPick> {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loaded: Array<{ file?: string; url?: string }> = [];
  shown = false;
  focused = false;
  minimized = false;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  async loadFile(filePath: string): Promise<void> {
    this.loaded.push({ file: filePath });
  }

  async loadURL(url: string): Promise<void> {
    this.loaded.push({ url });
  }

  show(): void {
    this.shown = true;
  }

  focus(): void {
    this.focused = true;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  isDestroyed(): boolean {
    return this.webContents.destroyed;
  }

  once(event: string, listener: Listener): BrowserWindow {
    this.add(event, listener, true);
    return this as unknown as BrowserWindow;
  }

  on(event: string, listener: Listener): BrowserWindow {
    this.add(event, listener);
    return this as unknown as BrowserWindow;
  }
}

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: never[]) => unknown;

export class FakeIpcMain implements Pick<IpcMain, 'handle' | 'removeHandler'> {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, listener: InvokeHandler): void {
    // Electron throws too: a second handler for a channel is a bug.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  reset(): void {
    this.handlers.clear();
  }

  /** Test helper: what ipcRenderer.invoke would get back from main. */
  async invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return (handler as (event: IpcMainInvokeEvent, ...rest: unknown[]) => unknown)(event, ...args);
  }
}

type RendererListener = (event: IpcRendererEvent, ...args: never[]) => void;

export class FakeIpcRenderer extends Emitter implements Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'> {
  readonly invoked: Array<{ channel: string; args: unknown[] }> = [];
  /** What main answers; tests replace it. */
  respond: (channel: string, ...args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: null });

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return this.respond(channel, ...args);
  }

  on(channel: string, listener: RendererListener): IpcRenderer {
    this.add(channel, listener);
    return this as unknown as IpcRenderer;
  }

  removeListener(channel: string, listener: RendererListener): IpcRenderer {
    this.remove(channel, listener);
    return this as unknown as IpcRenderer;
  }

  reset(): void {
    this.clearListeners();
    this.invoked.length = 0;
    this.respond = async () => ({ ok: true, value: null });
  }
}

export class FakeContextBridge implements Pick<ContextBridge, 'exposeInMainWorld'> {
  readonly exposed: Record<string, unknown> = {};

  exposeInMainWorld(apiKey: string, api: unknown): void {
    this.exposed[apiKey] = api;
  }

  reset(): void {
    for (const key of Object.keys(this.exposed)) delete this.exposed[key];
  }
}

type AppPick = 'requestSingleInstanceLock' | 'quit' | 'on' | 'whenReady' | 'getPath' | 'getVersion' | 'isPackaged';

export class FakeApp extends Emitter implements Pick<App, AppPick> {
  hasLock = true;
  isPackaged = false;
  quitCalls = 0;
  paths: Record<string, string> = {};
  version = '';
  private ready: () => void = () => {};
  private readyPromise: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.reset();
  }

  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }

  quit(): void {
    this.quitCalls += 1;
  }

  on(event: string, listener: Listener): App {
    this.add(event, listener);
    return this as unknown as App;
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  getPath(name: string): string {
    const path = this.paths[name];
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  getVersion(): string {
    return this.version;
  }

  /** Test helper: resolves whenReady(). */
  makeReady(): void {
    this.ready();
  }

  reset(): void {
    this.clearListeners();
    this.hasLock = true;
    this.isPackaged = false;
    this.quitCalls = 0;
    this.paths = { userData: '/tmp/fake-electron/userData' };
    this.version = '0.0.0-test';
    this.readyPromise = new Promise<void>((resolve) => {
      this.ready = resolve;
    });
  }
}

export class FakeDialog implements Pick<Dialog, 'showErrorBox'> {
  readonly errors: Array<{ title: string; content: string }> = [];

  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content });
  }

  reset(): void {
    this.errors.length = 0;
  }
}

/** A fake IPC event from a frame at `url`; subframes have a parent. */
export function fakeInvokeEvent(url: string, options: { mainFrame?: boolean; frameGone?: boolean } = {}): IpcMainInvokeEvent {
  const senderFrame = options.frameGone ? null : { url, parent: options.mainFrame === false ? {} : null };
  return { senderFrame } as unknown as IpcMainInvokeEvent;
}

export type FakeElectron = {
  app: FakeApp;
  BrowserWindow: typeof FakeBrowserWindow;
  ipcMain: FakeIpcMain;
  ipcRenderer: FakeIpcRenderer;
  contextBridge: FakeContextBridge;
  dialog: FakeDialog;
};

/** One instance per test file (vitest isolates modules per file); vi.mock hands this object out as 'electron'. */
export const fakeElectron: FakeElectron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: new FakeIpcMain(),
  ipcRenderer: new FakeIpcRenderer(),
  contextBridge: new FakeContextBridge(),
  dialog: new FakeDialog(),
};

/** A fresh Electron for the next test, reset in place: modules that imported 'electron' keep these objects. */
export function resetFakeElectron(): FakeElectron {
  FakeBrowserWindow.instances.length = 0;
  fakeElectron.app.reset();
  fakeElectron.ipcMain.reset();
  fakeElectron.ipcRenderer.reset();
  fakeElectron.contextBridge.reset();
  fakeElectron.dialog.reset();
  return fakeElectron;
}
