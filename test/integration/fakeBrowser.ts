import { runInNewContext } from 'node:vm';
import { WebSocket } from 'ws';
import type { Api } from '../../shared/ipc';
import { openEventStream } from './http';

/**
 * Just enough of a browser page to run the host's bridge script against a real host: location,
 * history.replaceState, sessionStorage, fetch and EventSource (both going to 127.0.0.1:<port>), and with
 * `webSocket: true` a WebSocket that sends the page's Origin as Chromium does (without it, the bridge has none).
 * The script runs in its own V8 context, as it would in a page; what it defines lands on `window`.
 */
export type FakePage = {
  window: { api?: Api; location: { href: string } };
  /** URLs passed to history.replaceState. */
  replaced: string[];
  /** URLs the page opened an EventSource on. */
  eventSources: string[];
  /** Paths the page fetched. */
  fetched: string[];
  /** Sockets the page opened, in order. */
  sockets: WebSocket[];
  close(): void;
};

type PageOptions = { port: number; href: string; storage: Map<string, string>; webSocket?: boolean };

export function loadBridge(script: string, options: PageOptions): FakePage {
  const origin = `http://127.0.0.1:${options.port}`;
  const replaced: string[] = [];
  const eventSources: string[] = [];
  const fetched: string[] = [];
  const sockets: WebSocket[] = [];
  const closers: Array<() => void> = [];

  class PageWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { origin });
      sockets.push(this);
      // A browser reports a refused socket as an `error` event followed by `close`, never as a thrown error.
      this.on('error', () => {});
      closers.push(() => this.terminate());
    }
  }

  class FakeEventSource {
    private readonly listeners = new Map<string, Array<(message: { data: string }) => void>>();

    constructor(url: string) {
      eventSources.push(url);
      const stream = openEventStream(options.port, url, (m) => {
        for (const l of this.listeners.get(m.event) ?? []) l({ data: m.data });
      });
      closers.push(stream.close);
    }

    addEventListener(name: string, listener: (message: { data: string }) => void): void {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    }
  }

  const window = {
    location: {
      href: options.href,
      get protocol() {
        return new URL(this.href).protocol;
      },
      get host() {
        return new URL(this.href).host;
      },
    },
    history: {
      state: null,
      replaceState(_state: unknown, _title: string, url: string) {
        replaced.push(url);
        window.location.href = new URL(url, window.location.href).href;
      },
    },
    sessionStorage: {
      getItem: (key: string) => options.storage.get(key) ?? null,
      setItem: (key: string, value: string) => void options.storage.set(key, value),
    },
    fetch: (path: string, init: RequestInit) => {
      fetched.push(path);
      return fetch(new URL(path, origin), init);
    },
    EventSource: FakeEventSource,
    ...(options.webSocket ? { WebSocket: PageWebSocket } : {}),
  };
  runInNewContext(script, { window, URL, setTimeout }, { filename: 'bridge.js' });
  return { window, replaced, eventSources, fetched, sockets, close: () => closers.forEach((c) => c()) };
}
