import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppInfo, ListPage } from '../../shared/ipc';
import { tokenStorageKey } from '../../main/host/bridge';
import { hostContentSecurityPolicy } from '../../main/host/server';
import { loadBridge } from './fakeBrowser';
import { call, openEventStream, rawRequest } from './http';
import { startWebHost, type WebHostFixture } from './webHostFixture';

// The happy path of the web transport on the real workspace (40 demo deals).
let host: WebHostFixture;

async function firstInboundId(): Promise<string> {
  const res = await call(host.port, host.token, 'referrals:list', { tab: 'inbound', limit: 1 });
  if (!res.body.ok) throw new Error(res.body.error.message);
  const id = (res.body.value as ListPage).items[0]?.id;
  if (!id) throw new Error('no demo deal');
  return id;
}

beforeAll(async () => {
  host = await startWebHost({ demoCount: 40 });
});

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
  await host?.close();
});

describe('web host, happy path', () => {
  it('serves index.html with the bridge script tag before the app script, under the strict CSP', async () => {
    const res = await rawRequest(host.port, { path: `/?token=${host.token}` });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(hostContentSecurityPolicy);
    const bridgeAt = res.text.indexOf('<script src="/__host/bridge.js"></script>');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(res.text.indexOf('<script type="module"'));
  });

  it('serves the bridge as an external script', async () => {
    const res = await rawRequest(host.port, { path: '/__host/bridge.js' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.text).toContain('EventSource');
  });

  it('delivers referrals:changed over server-sent events after favorites:set, and the store changed', async () => {
    const id = await firstInboundId();
    const digest = host.storeDigest();
    const stream = openEventStream(host.port, `/api/events?token=${host.token}`);
    expect(await stream.ready).toBe(200);
    await stream.until(() => stream.comments.includes('connected'));

    const current = await call(host.port, host.token, 'referrals:get', { id });
    const favorite = !(current.body.ok && (current.body.value as { favorite: boolean }).favorite);
    const res = await call(host.port, host.token, 'favorites:set', { id, favorite });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, value: { favorite } });

    await stream.until(() => stream.messages.some((m) => m.event === 'referrals:changed'));
    const changed = stream.messages.find((m) => m.event === 'referrals:changed');
    expect(JSON.parse(changed?.data ?? '{}')).toEqual({ ids: [id] });
    stream.close();
    // The bad-input suite trusts this digest to notice a change.
    expect(host.storeDigest()).not.toBe(digest);
  });
});

describe('the bridge script in a page', () => {
  it('defines window.api from the token in the URL, hides the token and keeps it for a reload', async () => {
    const script = (await rawRequest(host.port, { path: '/__host/bridge.js' })).text;
    const storage = new Map<string, string>();
    const page = loadBridge(script, { port: host.port, href: `http://127.0.0.1:${host.port}/?token=${host.token}#/inbound`, storage });
    try {
      expect(page.replaced).toEqual(['/#/inbound']);
      expect(page.window.location.href).not.toContain('token');
      expect(storage.get(tokenStorageKey)).toBe(host.token);
      const api = page.window.api;
      if (!api) throw new Error('window.api is missing');
      expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);

      const info = await api.invoke('app:info', {});
      expect(info).toMatchObject({ ok: true, value: { transport: 'web', version: '0.0.0-test' } satisfies Partial<AppInfo> });
      const bad = await api.invoke('referrals:list', { tab: 'nope' } as never);
      expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
      const unknown = await (api.invoke as (c: string, i: unknown) => Promise<unknown>)('shell:exec', {});
      expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(() => (api.on as (e: string, l: () => void) => void)('nope', () => {})).toThrow(/no event named/);

      const seen: unknown[] = [];
      const off = api.on('referrals:changed', (payload) => seen.push(payload));
      expect(page.eventSources).toEqual([`/api/events?token=${host.token}`]);
      const id = await firstInboundId();
      // Let the stream connect before acting, as a page would have by the time a user clicks.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await api.invoke('favorites:set', { id, favorite: true });
      await api.invoke('favorites:set', { id, favorite: false });
      await vi.waitFor(() => expect(seen).toContainEqual({ ids: [id] }), { timeout: 3000 });
      off();
    } finally {
      page.close();
    }

    // A reload: no token in the URL any more, the one in sessionStorage still works.
    const reloaded = loadBridge(script, { port: host.port, href: `http://127.0.0.1:${host.port}/#/inbound`, storage });
    try {
      expect(reloaded.replaced).toEqual([]);
      expect(await reloaded.window.api?.invoke('referrals:counts', {})).toMatchObject({ ok: true });
    } finally {
      reloaded.close();
    }

    // A new tab without the token gets a clear refusal, not a crash.
    const stranger = loadBridge(script, { port: host.port, href: `http://127.0.0.1:${host.port}/`, storage: new Map() });
    expect(await stranger.window.api?.invoke('referrals:counts', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    stranger.close();
  });

  it('sends calls over its socket once it is open: the same answers as by fetch, and nothing fetched', async () => {
    const script = (await rawRequest(host.port, { path: '/__host/bridge.js' })).text;
    const href = `http://127.0.0.1:${host.port}/?token=${host.token}`;
    const page = loadBridge(script, { port: host.port, href, storage: new Map(), webSocket: true });
    const byFetch = loadBridge(script, { port: host.port, href, storage: new Map() });
    try {
      expect(page.sockets.map((s) => s.url)).toEqual([`ws://127.0.0.1:${host.port}/api/socket?token=${host.token}`]);
      await vi.waitFor(() => expect(page.sockets[0]?.readyState).toBe(1), { timeout: 3000 });
      const api = page.window.api;
      if (!api) throw new Error('window.api is missing');
      const calls: Array<[string, unknown]> = [
        ['app:info', {}],
        ['referrals:list', { tab: 'inbound', limit: 5 }],
        ['referrals:list', { tab: 'nope' }],
        ['referrals:counts', {}],
        ['shell:exec', {}],
      ];
      const invoke = (a: typeof api, [channel, input]: [string, unknown]) =>
        (a.invoke as (c: string, i: unknown) => Promise<unknown>)(channel, input);
      const overSocket = await Promise.all(calls.map((c) => invoke(api, c)));
      expect(page.fetched).toEqual([]);
      const overHttp: unknown[] = [];
      for (const c of calls) overHttp.push(await invoke(byFetch.window.api as typeof api, c));
      expect(overSocket).toEqual(overHttp);
      expect(overSocket[1]).toMatchObject({
        ok: true,
        value: { items: expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]) },
      });
      expect(overSocket[2]).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

      // A body too large for a message goes by fetch and is refused in words; the socket stays open for the next call.
      const huge = await invoke(api, ['referrals:list', { tab: 'inbound', search: 'x'.repeat(2 * 1024 * 1024) }]);
      expect(huge).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
      expect(page.fetched).toEqual(['/api/referrals%3Alist']);
      expect(await invoke(api, ['app:info', {}])).toMatchObject({ ok: true });
      expect(page.fetched).toHaveLength(1);
    } finally {
      page.close();
      byFetch.close();
    }
  });

  it('a stranger without the token gets no socket: calls keep going by fetch and are refused', async () => {
    const script = (await rawRequest(host.port, { path: '/__host/bridge.js' })).text;
    const page = loadBridge(script, { port: host.port, href: `http://127.0.0.1:${host.port}/`, storage: new Map(), webSocket: true });
    try {
      await vi.waitFor(() => expect(page.sockets[0]?.readyState).toBe(3), { timeout: 3000 });
      expect(await page.window.api?.invoke('referrals:counts', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      // No new socket on every call after one that never opened.
      expect(page.sockets).toHaveLength(1);
      expect(page.fetched).toEqual(['/api/referrals%3Acounts']);
    } finally {
      page.close();
    }
  });

  it('reports an unreachable host as an error value', async () => {
    const script = (await rawRequest(host.port, { path: '/__host/bridge.js' })).text;
    const page = loadBridge(script, { port: 1, href: 'http://127.0.0.1:1/?token=x', storage: new Map() });
    expect(await page.window.api?.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    page.close();
  });
});
