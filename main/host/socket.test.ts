import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { ok, type Dispatch } from '../../shared/ipc';
import { createEventBus } from '../core/eventBus';
import { silentLogger } from '../core/logger';
import { loadBridge } from '../../test/integration/fakeBrowser';
import { rawRequest } from '../../test/integration/http';
import { maxSocketMessageBytes, socketPath } from './limits';
import { closeHostServer, createHostServer } from './server';

// The call socket against a stub workspace; test/integration/webHost.test.ts runs it on the real one.
const token = 'socket-token-0123456789';
const dispatch = vi.fn<Dispatch>();

async function startServer(): Promise<{ server: ReturnType<typeof createHostServer>; port: number }> {
  const server = createHostServer({ workspace: { dispatch, events: createEventBus() }, rendererDir: dir, token, logger: silentLogger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

let dir: string;
let host: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cosell-socket-'));
  host = await startServer();
});
afterAll(async () => {
  await closeHostServer(host.server);
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  dispatch.mockReset();
  dispatch.mockImplementation(async (channel, input) => ok({ channel, input }));
});

type Options = { origin?: string; host?: string; query?: string; path?: string };

/** Opens a socket as a page of the host would (its Origin), or with what `options` changes. */
function open(options: Options = {}): WebSocket {
  const origin = options.origin ?? `http://127.0.0.1:${host.port}`;
  const url = `ws://127.0.0.1:${host.port}${options.path ?? socketPath}${options.query ?? `?token=${token}`}`;
  const ws = new WebSocket(url, { origin, ...(options.host ? { headers: { Host: options.host } } : {}) });
  ws.on('error', () => {});
  return ws;
}

/** The HTTP status the upgrade was refused with, or 101 when it opened. */
function upgradeStatus(options: Options): Promise<number> {
  const ws = open(options);
  return new Promise((resolve) => {
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
  });
}

async function opened(ws: WebSocket): Promise<WebSocket> {
  if (ws.readyState !== ws.OPEN) await new Promise((resolve) => ws.once('open', resolve));
  return ws;
}

function answers(ws: WebSocket, count: number): Promise<Array<{ id: number | null; ms: number; result: unknown }>> {
  const got: Array<{ id: number | null; ms: number; result: unknown }> = [];
  return new Promise((resolve) => {
    ws.on('message', (data: Buffer) => {
      got.push(JSON.parse(data.toString()) as (typeof got)[number]);
      if (got.length === count) resolve(got);
    });
  });
}

describe('the call socket (GET /api/socket)', () => {
  it('opens only for the host page with the token: another Origin, Host, token or path is refused before the upgrade', async () => {
    expect(await upgradeStatus({})).toBe(101);
    expect(await upgradeStatus({ origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus({ origin: `http://127.0.0.1:${host.port + 1}` })).toBe(403);
    expect(await upgradeStatus({ host: `rebound.example:${host.port}` })).toBe(403);
    expect(await upgradeStatus({ query: '' })).toBe(401);
    expect(await upgradeStatus({ query: '?token=nope' })).toBe(401);
    expect(await upgradeStatus({ path: '/api/events' })).toBe(404);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers each call with its id, the dispatcher result and the host time; what is not a call gets BAD_INPUT', async () => {
    const ws = await opened(open());
    const got = answers(ws, 5);
    ws.send(JSON.stringify({ id: 7, channel: 'app:info', input: { a: 1 } }));
    ws.send(JSON.stringify({ id: 8, channel: 'shell:exec', input: {} }));
    ws.send('{not json');
    ws.send(JSON.stringify({ id: -1, channel: 'app:info' }));
    ws.send(JSON.stringify({ id: 9, channel: 'referrals:counts' }));
    const byId = new Map((await got).map((a) => [a.id, a]));
    expect(byId.get(7)).toMatchObject({ result: { ok: true, value: { channel: 'app:info', input: { a: 1 } } } });
    expect(byId.get(7)?.ms).toBeGreaterThanOrEqual(0);
    expect(byId.get(8)).toMatchObject({ result: { ok: false, error: { code: 'UNKNOWN_CHANNEL' } } });
    expect(byId.get(9)).toMatchObject({ result: { ok: true, value: { channel: 'referrals:counts' } } });
    expect((await got).filter((a) => a.id === null).map((a) => a.result)).toEqual([
      expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'BAD_INPUT' }) }),
      expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'BAD_INPUT' }) }),
    ]);
    expect(dispatch).toHaveBeenCalledTimes(2);
    ws.close();
  });

  it('a dispatcher that throws answers INTERNAL, and the socket keeps serving', async () => {
    dispatch.mockImplementationOnce(() => Promise.reject(new Error('boom')));
    const ws = await opened(open());
    const got = answers(ws, 2);
    ws.send(JSON.stringify({ id: 1, channel: 'app:info', input: {} }));
    ws.send(JSON.stringify({ id: 2, channel: 'app:info', input: {} }));
    const [first, second] = (await got).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    expect(first).toMatchObject({ id: 1, result: { ok: false, error: { code: 'INTERNAL' } } });
    expect(second).toMatchObject({ id: 2, result: { ok: true } });
    ws.close();
  });

  it('a message over the limit closes that socket (1009) without reaching the dispatcher', async () => {
    const ws = await opened(open());
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.send(JSON.stringify({ id: 1, channel: 'app:info', input: 'x'.repeat(maxSocketMessageBytes) }));
    expect(await closed).toBe(1009);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it("closing the host ends the page's socket: a call in flight becomes UNAVAILABLE, the next goes by fetch", async () => {
    const own = await startServer();
    const never = new Promise<never>(() => {});
    dispatch.mockImplementation(() => never);
    const script = (await rawRequest(own.port, { path: '/__host/bridge.js' })).text;
    const page = loadBridge(script, {
      port: own.port,
      href: `http://127.0.0.1:${own.port}/?token=${token}`,
      storage: new Map(),
      webSocket: true,
    });
    try {
      await vi.waitFor(() => expect(page.sockets[0]?.readyState).toBe(1), { timeout: 3000 });
      const inFlight = page.window.api?.invoke('app:info', {});
      await vi.waitFor(() => expect(dispatch).toHaveBeenCalledTimes(1));
      await closeHostServer(own.server);
      expect(await inFlight).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
      expect(await page.window.api?.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
      expect(page.fetched).toEqual(['/api/app%3Ainfo']);
    } finally {
      page.close();
    }
  });
});
