import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventNames, failure as fail, ok, type Dispatch } from '../../shared/ipc';
import { createEventBus, type EventBus } from '../core/eventBus';
import { silentLogger } from '../core/logger';
import { call, openEventStream, rawRequest } from '../../test/integration/http';
import { closeHostServer, createHostServer, hostContentSecurityPolicy } from './server';
import { bridgeTag } from './staticFiles';
import { createI18n, sayWords, type Translate } from '../../shared/i18n';
import { unexpectedLatinWords } from '../../shared/i18n/latinAllowlist';

// The HTTP layer against a stub workspace; test/integration runs it on the real one.
const token = 'test-token-0123456789';
let dir: string;
let port: number;
let events: EventBus;
/** Listeners the server holds on the bus right now: an event stream must give its own back when it closes. */
let subscribed = 0;
const dispatch = vi.fn<Dispatch>();
let server: ReturnType<typeof createHostServer>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cosell-host-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(tmpdir(), 'cosell-secret.txt'), 'secret');
  const bus = createEventBus();
  events = {
    emit: (event, payload) => bus.emit(event, payload),
    on: (event, listener) => {
      subscribed += 1;
      const off = bus.on(event, listener);
      return () => {
        subscribed -= 1;
        off();
      };
    },
  };
  server = createHostServer({ workspace: { dispatch, events }, rendererDir: dir, token, logger: silentLogger, heartbeatMs: 50 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await closeHostServer(server);
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  dispatch.mockReset();
  dispatch.mockImplementation(async (channel, input) => ok({ channel, input }));
});

describe('static files', () => {
  it('serves index.html with the bridge injected before the app script, and the CSP', async () => {
    const res = await rawRequest(port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(hostContentSecurityPolicy);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.text.indexOf(bridgeTag)).toBeGreaterThan(0);
    expect(res.text.indexOf(bridgeTag)).toBeLessThan(res.text.indexOf('/assets/app.js'));
    expect((await rawRequest(port, { path: '/index.html?token=x' })).text).toContain(bridgeTag);
  });

  it('serves assets with their content types', async () => {
    const js = await rawRequest(port, { path: '/assets/app.js' });
    expect([js.status, js.headers['content-type'], js.text]).toEqual([200, 'text/javascript; charset=utf-8', 'export {};']);
    expect((await rawRequest(port, { path: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await rawRequest(port, { path: '/assets/app.js', method: 'HEAD' })).text).toBe('');
  });

  it('serves the bridge script', async () => {
    const res = await rawRequest(port, { path: '/__host/bridge.js' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.text).toContain("Object.defineProperty(window, 'api'");
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/..%2f..%2fcosell-secret.txt',
    '/assets/..%2f..%2fcosell-secret.txt',
    '/missing.js',
    '/assets',
  ])('does not serve %s', async (path) => {
    const res = await rawRequest(port, { path });
    expect([403, 404]).toContain(res.status);
    expect(res.text).not.toContain('secret');
    expect(res.text).not.toContain('"name"');
  });

  it('refuses other methods', async () => {
    expect((await rawRequest(port, { path: '/', method: 'DELETE' })).status).toBe(405);
  });
});

describe('guards', () => {
  it('refuses a foreign Host (DNS rebinding) on every route', async () => {
    for (const path of ['/', '/__host/bridge.js', '/api/app:info']) {
      const res = await rawRequest(port, {
        path,
        method: path.startsWith('/api') ? 'POST' : 'GET',
        headers: { Host: `evil.example:${port}`, Authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(403);
    }
    expect((await rawRequest(port, { path: '/', headers: { Host: `localhost:${port}` } })).status).toBe(200);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a cross-origin call, even with the token', async () => {
    const res = await call(port, token, 'app:info', {}, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await call(port, token, 'app:info', {}, { Origin: `http://127.0.0.1:${port}` })).status).toBe(200);
  });

  it('requires the token', async () => {
    for (const t of [null, 'wrong', `${token}x`, '']) {
      const res = await call(port, t, 'app:info', {});
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.stringContaining('token') } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('POST /api/<channel>', () => {
  it('dispatches the parsed body and returns the Result', async () => {
    const res = await call(port, token, 'referrals:get', { id: 'r1' });
    expect(res).toEqual({ status: 200, body: { ok: true, value: { channel: 'referrals:get', input: { id: 'r1' } } } });
    await call(port, token, 'referrals%3Acounts', '');
    expect(dispatch).toHaveBeenLastCalledWith('referrals:counts', undefined);
  });

  it("says the host's own time for a call in Server-Timing (the bench splits a call's time with it)", async () => {
    const res = await rawRequest(port, {
      method: 'POST',
      path: '/api/referrals:get',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: `http://127.0.0.1:${port}` },
      body: JSON.stringify({ id: 'r1' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers['server-timing']).toMatch(/^host;dur=\d+\.\d{2}$/);
  });

  it('maps refusals to statuses and keeps the error body', async () => {
    dispatch.mockResolvedValueOnce(fail('BAD_INPUT', 'Choose a tab', undefined, { tab: 'Choose a tab' }));
    expect(await call(port, token, 'referrals:list', {})).toEqual({
      status: 400,
      body: { ok: false, error: { code: 'BAD_INPUT', message: 'Choose a tab', fields: { tab: 'Choose a tab' } } },
    });
    dispatch.mockResolvedValueOnce(fail('NOT_FOUND', 'No such deal'));
    expect((await call(port, token, 'referrals:get', { id: 'x' })).status).toBe(422);
  });

  it('answers 404 for an unknown channel without dispatching', async () => {
    const res = await call(port, token, 'shell:exec', {});
    expect(res).toMatchObject({ status: 404, body: { ok: false, error: { code: 'UNKNOWN_CHANNEL' } } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers 400 for invalid JSON', async () => {
    const res = await call(port, token, 'app:info', '{"a":');
    expect(res).toEqual({
      status: 400,
      body: { ok: false, error: { code: 'BAD_INPUT', message: 'The request body is not valid JSON.', key: 'errors:host.json' } },
    });
  });

  it('answers 413 for a body over 1 MB, declared or streamed', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(1024 * 1024) });
    const declared = await call(port, token, 'directory:searchCustomers', big);
    expect(declared).toMatchObject({ status: 413, body: { ok: false, error: { code: 'TOO_LARGE' } } });
    const chunked = await rawRequest(port, {
      method: 'POST',
      path: '/api/directory:searchCustomers',
      headers: { Authorization: `Bearer ${token}`, 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it("refuses with a key the page words in the seller's language (issue 13), never English only", async () => {
    const ru = createI18n({ language: 'ru' }).getFixedT('ru') as unknown as Translate;
    const answers = [
      await call(port, token, 'app:info', '{"a":'),
      await call(port, token, 'directory:searchCustomers', JSON.stringify({ query: 'x'.repeat(1024 * 1024) })),
      await call(port, 'wrong-token', 'app:info', {}),
      await rawRequest(port, { path: '/api/app:info', headers: { Authorization: `Bearer ${token}` } }),
      await rawRequest(port, { path: '/api/download/nothing-here?token=' + token }),
    ];
    const said = answers.map((a) => {
      const body = ('body' in a ? a.body : JSON.parse(a.text)) as { error: { key: string } };
      return sayWords(ru, { key: body.error.key });
    });
    expect(said).toEqual([
      'Тело запроса — некорректный JSON.',
      'Запрос больше 1 МБ, поэтому он отклонён.',
      'В запросе нет действующего ключа доступа. Откройте ссылку, которую веб-сервер напечатал при запуске, целиком, вместе с ключом в конце.',
      'Этот адрес не принимает такой запрос.',
      'Эту выгрузку уже скачали, или срок её хранения истёк. Выгрузите список ещё раз.',
    ]);
    expect(said.flatMap((words) => unexpectedLatinWords(words))).toEqual([]);
  });

  it('answers 405 to GET', async () => {
    expect((await rawRequest(port, { path: '/api/app:info', headers: { Authorization: `Bearer ${token}` } })).status).toBe(405);
  });
});

describe('GET /api/events', () => {
  it('requires the token', async () => {
    expect((await rawRequest(port, { path: '/api/events' })).status).toBe(401);
    expect((await rawRequest(port, { path: '/api/events?token=nope' })).status).toBe(401);
  });

  it('streams every workspace event with heartbeats, and releases its listeners on close', async () => {
    const stream = openEventStream(port, `/api/events?token=${token}`);
    expect(await stream.ready).toBe(200);
    // The same security headers as every other answer of the host, plus no caching of the stream.
    expect(stream.headers()).toMatchObject({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-resource-policy': 'same-origin',
    });
    await stream.until(() => stream.comments.includes('connected'));
    events.emit('referrals:changed', { ids: ['a', 'b'] });
    events.emit('notification:clicked', { id: 'c' });
    await stream.until(() => stream.messages.length === 2);
    expect(stream.messages).toEqual([
      { event: 'referrals:changed', data: '{"ids":["a","b"]}' },
      { event: 'notification:clicked', data: '{"id":"c"}' },
    ]);
    await stream.until(() => stream.comments.includes('heartbeat'));
    expect(subscribed).toBe(eventNames.length);
    stream.close();
    await vi.waitFor(() => expect(subscribed).toBe(0));
  });
});
