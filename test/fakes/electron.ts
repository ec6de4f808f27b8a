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
  Display,
  AddRepresentationOptions,
  Menu,
  MenuItemConstructorOptions,
  NativeImage,
  Net,
  Notification,
  NotificationConstructorOptions,
  OnHeadersReceivedListenerDetails,
  PowerMonitor,
  Protocol,
  CustomScheme,
  Rectangle,
  SafeStorage,
  SaveDialogOptions,
  SaveDialogReturnValue,
  Shell,
  Screen,
  Tray,
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
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
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
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

export class FakeSession implements Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> {
  readonly webRequest = new FakeWebRequest();
  permissionHandler: PermissionHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;

  setPermissionRequestHandler(handler: PermissionHandler): void {
    this.permissionHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
}

export class FakeWebContents
  extends Emitter
  implements Pick<WebContents, 'setWindowOpenHandler' | 'on' | 'once' | 'send' | 'isDestroyed' | 'isLoading'>
{
  readonly session = new FakeSession();
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  destroyed = false;
  loading = false;

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  on(event: string, listener: Listener): WebContents {
    this.add(event, listener);
    return this as unknown as WebContents;
  }

  once(event: string, listener: Listener): WebContents {
    this.add(event, listener, true);
    return this as unknown as WebContents;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  isLoading(): boolean {
    return this.loading;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

type WindowPick =
  | 'loadFile'
  | 'loadURL'
  | 'show'
  | 'focus'
  | 'isMinimized'
  | 'restore'
  | 'isDestroyed'
  | 'once'
  | 'on'
  | 'hide'
  | 'isVisible'
  | 'close'
  | 'destroy'
  | 'getNormalBounds'
  | 'isMaximized'
  | 'maximize'
  | 'isFullScreen';

export class FakeBrowserWindow extends Emitter implements Pick<BrowserWindow, WindowPick> {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loaded: Array<{ file?: string; url?: string }> = [];
  shown = false;
  focused = false;
  minimized = false;
  maximized = false;
  fullScreen = false;
  closed = false;
  normalBounds: Rectangle;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    this.normalBounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.instances.push(this);
  }

  hide(): void {
    this.shown = false;
  }

  isVisible(): boolean {
    return this.shown;
  }

  /** Like Electron: emits 'close' (cancellable with preventDefault), then, unless prevented, 'closed'. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a listener's preventDefault() sets it
    if (prevented) return;
    this.destroy();
  }

  destroy(): void {
    this.closed = true;
    this.shown = false;
    this.webContents.destroyed = true;
    this.emit('closed');
  }

  getNormalBounds(): Rectangle {
    return { ...this.normalBounds };
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  maximize(): void {
    this.maximized = true;
  }

  isFullScreen(): boolean {
    return this.fullScreen;
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
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- empties the readonly record in place
    for (const key of Object.keys(this.exposed)) delete this.exposed[key];
  }
}

type AppPick =
  | 'requestSingleInstanceLock'
  | 'quit'
  | 'on'
  | 'whenReady'
  | 'getPath'
  | 'setPath'
  | 'getVersion'
  | 'getAppPath'
  | 'isPackaged'
  | 'getLocale'
  | 'getPreferredSystemLanguages';

export class FakeApp extends Emitter implements Pick<App, AppPick> {
  hasLock = true;
  isPackaged = false;
  quitCalls = 0;
  paths: Record<string, string> = {};
  version = '';
  /** The OS's languages, most preferred first (Electron: app.getPreferredSystemLanguages()). */
  systemLanguages: string[] = [];
  /** True once makeReady() ran (Electron's app.isReady()). */
  isReadyNow = false;
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

  setPath(name: string, path: string): void {
    this.paths[name] = path;
  }

  getVersion(): string {
    return this.version;
  }

  getAppPath(): string {
    return '/tmp/fake-electron/app';
  }

  getLocale(): string {
    return this.systemLanguages[0] ?? 'en-US';
  }

  getPreferredSystemLanguages(): string[] {
    return [...this.systemLanguages];
  }

  /** Test helper: resolves whenReady(). */
  makeReady(): void {
    this.isReadyNow = true;
    this.ready();
  }

  reset(): void {
    this.clearListeners();
    this.hasLock = true;
    this.isPackaged = false;
    this.quitCalls = 0;
    this.paths = { userData: '/tmp/fake-electron/userData', exe: '/tmp/fake-electron/install/co-sell-workspace' };
    this.version = '0.0.0-test';
    this.systemLanguages = ['en-US'];
    this.isReadyNow = false;
    this.readyPromise = new Promise<void>((resolve) => {
      this.ready = resolve;
    });
  }
}

/** protocol: scheme privileges only before ready, handlers only after, as Electron enforces. */
export class FakeProtocol implements Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'> {
  privileged: CustomScheme[] = [];
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();

  constructor(private readonly app: FakeApp) {}

  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void {
    if (this.app.isReadyNow) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privileged.push(...customSchemes);
  }

  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (!this.app.isReadyNow) throw new Error('The protocol module can only be used after the app is ready');
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }

  /** Test helper: what the page would get for `url` (a GET through the scheme's handler). */
  async fetch(url: string): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME (${url})`);
    return handler(new Request(url));
  }

  reset(): void {
    this.privileged = [];
    this.handlers.clear();
  }
}

export class FakeDialog implements Pick<Dialog, 'showErrorBox' | 'showSaveDialog'> {
  readonly errors: Array<{ title: string; content: string }> = [];
  /** What the next save dialogs answer, in order (default: the seller closes it). */
  readonly saveAnswers: SaveDialogReturnValue[] = [];
  readonly saveRequests: Array<{ window: BrowserWindow | null; options: SaveDialogOptions }> = [];

  showSaveDialog(windowOrOptions: BrowserWindow | SaveDialogOptions, maybeOptions?: SaveDialogOptions): Promise<SaveDialogReturnValue> {
    const withWindow = maybeOptions !== undefined;
    this.saveRequests.push({
      window: withWindow ? (windowOrOptions as BrowserWindow) : null,
      options: withWindow ? maybeOptions : windowOrOptions,
    });
    return Promise.resolve(this.saveAnswers.shift() ?? { canceled: true, filePath: '' });
  }

  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content });
  }

  reset(): void {
    this.errors.length = 0;
    this.saveAnswers.length = 0;
    this.saveRequests.length = 0;
  }
}

export class FakeNotification extends Emitter implements Pick<Notification, 'show' | 'close' | 'on' | 'once'> {
  static readonly instances: FakeNotification[] = [];
  static supported = true;
  shown = false;

  constructor(readonly options: NotificationConstructorOptions = {}) {
    super();
    FakeNotification.instances.push(this);
  }

  static isSupported(): boolean {
    return FakeNotification.supported;
  }

  show(): void {
    this.shown = true;
  }

  close(): void {
    this.shown = false;
    this.emit('close', {});
  }

  on(event: string, listener: Listener): Notification {
    this.add(event, listener);
    return this as unknown as Notification;
  }

  once(event: string, listener: Listener): Notification {
    this.add(event, listener, true);
    return this as unknown as Notification;
  }
}

export class FakeMenu implements Pick<Menu, 'popup'> {
  static applicationMenu: FakeMenu | null = null;
  static readonly built: FakeMenu[] = [];

  constructor(readonly template: MenuItemConstructorOptions[]) {}

  static buildFromTemplate(template: MenuItemConstructorOptions[]): Menu {
    const menu = new FakeMenu(template);
    FakeMenu.built.push(menu);
    return menu as unknown as Menu;
  }

  static setApplicationMenu(menu: Menu | null): void {
    FakeMenu.applicationMenu = menu as unknown as FakeMenu | null;
  }

  popup(): void {}

  /** Test helper: the item with this label, searched through submenus. */
  item(label: string): MenuItemConstructorOptions | undefined {
    const find = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions | undefined => {
      for (const i of items) {
        if (i.label === label) return i;
        if (Array.isArray(i.submenu)) {
          const inner = find(i.submenu);
          if (inner) return inner;
        }
      }
      return undefined;
    };
    return find(this.template);
  }
}

export class FakeTray extends Emitter implements Pick<Tray, 'setToolTip' | 'setContextMenu' | 'destroy' | 'isDestroyed' | 'on'> {
  static readonly instances: FakeTray[] = [];
  tooltip = '';
  menu: FakeMenu | null = null;
  destroyed = false;

  constructor(readonly image: NativeImage | string) {
    super();
    FakeTray.instances.push(this);
  }

  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }

  setContextMenu(menu: Menu | null): void {
    this.menu = menu as unknown as FakeMenu | null;
  }

  destroy(): void {
    this.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  on(event: string, listener: Listener): Tray {
    this.add(event, listener);
    return this as unknown as Tray;
  }
}

export class FakeNativeImage implements Pick<
  NativeImage,
  'addRepresentation' | 'isEmpty' | 'toPNG' | 'setTemplateImage' | 'isTemplateImage'
> {
  readonly representations: AddRepresentationOptions[] = [];
  private template = false;

  constructor(readonly path: string) {}

  static createFromPath(path: string): NativeImage {
    return new FakeNativeImage(path) as unknown as NativeImage;
  }

  addRepresentation(options: AddRepresentationOptions): void {
    this.representations.push(options);
  }

  isEmpty(): boolean {
    return this.path === '';
  }

  toPNG(): Buffer {
    return Buffer.from(`png:${this.path}`);
  }

  setTemplateImage(option: boolean): void {
    this.template = option;
  }

  isTemplateImage(): boolean {
    return this.template;
  }
}

/** A display with only the fields the app reads filled in. */
export function fakeDisplay(workArea: Rectangle, id = 1): Display {
  return { id, bounds: workArea, workArea, scaleFactor: 1 } as Display;
}

export class FakeScreen implements Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'> {
  displays: Display[] = [fakeDisplay({ x: 0, y: 0, width: 1920, height: 1040 })];

  getAllDisplays(): Display[] {
    return this.displays;
  }

  getPrimaryDisplay(): Display {
    const [primary] = this.displays;
    if (!primary) throw new Error('no display');
    return primary;
  }

  reset(): void {
    this.displays = [fakeDisplay({ x: 0, y: 0, width: 1920, height: 1040 })];
  }
}

export class FakePowerMonitor extends Emitter implements Pick<PowerMonitor, 'on' | 'off'> {
  on(event: string, listener: Listener): PowerMonitor {
    this.add(event, listener);
    return this as unknown as PowerMonitor;
  }

  off(event: string, listener: Listener): PowerMonitor {
    this.remove(event, listener);
    return this as unknown as PowerMonitor;
  }

  reset(): void {
    this.clearListeners();
  }
}

export class FakeNet implements Pick<Net, 'isOnline' | 'fetch'> {
  online = true;
  readonly fetched: string[] = [];

  isOnline(): boolean {
    return this.online;
  }

  /** Records the URL and answers 204: tests check which network stack a request goes through, not the network. */
  async fetch(input: string | Request): Promise<Response> {
    this.fetched.push(typeof input === 'string' ? input : input.url);
    return new Response(null, { status: 204 });
  }
}

/** shell: records the pages handed to the system browser (sign-in); a test can make opening fail. */
export class FakeShell implements Pick<Shell, 'openExternal'> {
  readonly opened: string[] = [];
  fails = false;

  async openExternal(url: string): Promise<void> {
    if (this.fails) throw new Error('no browser could be started');
    this.opened.push(url);
  }
}

/** safeStorage: "encrypts" reversibly (tests check the file never holds the plain token); availability is settable. */
export class FakeSafeStorage implements Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
> {
  available = true;
  backend: ReturnType<SafeStorage['getSelectedStorageBackend']> = 'gnome_libsecret';

  isEncryptionAvailable(): boolean {
    return this.available;
  }

  getSelectedStorageBackend(): ReturnType<SafeStorage['getSelectedStorageBackend']> {
    return this.backend;
  }

  encryptString(plainText: string): Buffer {
    return Buffer.from(`fake-enc:${Buffer.from(plainText).toString('base64')}`);
  }

  decryptString(encrypted: Buffer): string {
    const text = encrypted.toString();
    if (!text.startsWith('fake-enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(text.slice('fake-enc:'.length), 'base64').toString();
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
  Notification: typeof FakeNotification;
  Menu: typeof FakeMenu;
  Tray: typeof FakeTray;
  nativeImage: typeof FakeNativeImage;
  screen: FakeScreen;
  powerMonitor: FakePowerMonitor;
  net: FakeNet;
  safeStorage: FakeSafeStorage;
  shell: FakeShell;
  protocol: FakeProtocol;
};

const fakeApp = new FakeApp();

/** One instance per test file (vitest isolates modules per file); vi.mock hands this object out as 'electron'. */
export const fakeElectron: FakeElectron = {
  app: fakeApp,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: new FakeIpcMain(),
  ipcRenderer: new FakeIpcRenderer(),
  contextBridge: new FakeContextBridge(),
  dialog: new FakeDialog(),
  Notification: FakeNotification,
  Menu: FakeMenu,
  Tray: FakeTray,
  nativeImage: FakeNativeImage,
  screen: new FakeScreen(),
  powerMonitor: new FakePowerMonitor(),
  net: new FakeNet(),
  safeStorage: new FakeSafeStorage(),
  shell: new FakeShell(),
  protocol: new FakeProtocol(fakeApp),
};

/** A fresh Electron for the next test, reset in place: modules that imported 'electron' keep these objects. */
export function resetFakeElectron(): FakeElectron {
  FakeBrowserWindow.instances.length = 0;
  fakeElectron.app.reset();
  fakeElectron.ipcMain.reset();
  fakeElectron.ipcRenderer.reset();
  fakeElectron.contextBridge.reset();
  fakeElectron.dialog.reset();
  FakeNotification.instances.length = 0;
  FakeNotification.supported = true;
  FakeMenu.built.length = 0;
  FakeMenu.applicationMenu = null;
  FakeTray.instances.length = 0;
  fakeElectron.screen.reset();
  fakeElectron.powerMonitor.reset();
  fakeElectron.net.online = true;
  fakeElectron.net.fetched.length = 0;
  fakeElectron.safeStorage.available = true;
  fakeElectron.safeStorage.backend = 'gnome_libsecret';
  fakeElectron.shell.opened.length = 0;
  fakeElectron.shell.fails = false;
  fakeElectron.protocol.reset();
  return fakeElectron;
}
