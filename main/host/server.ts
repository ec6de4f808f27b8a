import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorKey } from '../../shared/i18n';
import { fail, isChannel, type ApiError } from '../../shared/ipc';
import type { Logger } from '../core/ports';
import type { Workspace } from '../core/workspaceTypes';
import { bridgeScript } from './bridge';
import { downloadPrefix, type Downloads } from './downloads';
import { streamEvents } from './eventStream';
import { bearerToken, isAllowedHost, isAllowedOrigin, securityHeaders, statusFor, tokenMatches } from './httpPolicy';
import { maxBodyBytes } from './limits';
import { attachCallSocket } from './socket';
import { bridgePath, readStaticFile } from './staticFiles';
import { contentSecurityPolicyDirectives } from '../../shared/security/contentSecurityPolicy';

/** Same policy as the Electron window; `frame-ancestors` only works as a header, so it is added here. */
export const hostContentSecurityPolicy = [...contentSecurityPolicyDirectives, "frame-ancestors 'none'"].join('; ');

export type HostServerOptions = {
  workspace: Pick<Workspace, 'dispatch' | 'events'>;
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  /** Per-run secret: every API call carries it. */
  token: string;
  logger: Logger;
  heartbeatMs?: number;
  /** Finished CSV exports waiting for their one download (GET /api/download/<id>?token=…). */
  downloads?: Pick<Downloads, 'send'>;
};

const jsonHeaders = { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...jsonHeaders, ...extra });
  res.end(text);
}

/** A refusal of the host itself: a code for programs, a key of `errors` (host.*) the page words in its language. */
function sendError(res: ServerResponse, status: number, code: ApiError['code'], key: HostRefusal, extra?: Record<string, string>): void {
  sendJson(res, status, fail(code, key), extra);
}

type HostRefusal = Extract<ErrorKey, `host.${string}`>;
const messages = {
  host: 'host.host',
  origin: 'host.origin',
  token: 'host.token',
  method: 'host.method',
  tooLarge: 'host.tooLarge',
  json: 'host.json',
  notFound: 'host.notFound',
  download: 'host.download',
  internal: 'host.internal',
} as const satisfies Record<string, HostRefusal>;

type Body = { ok: true; text: string } | { ok: false };

/** Reads at most `limit` bytes; a larger body is refused without being buffered. */
function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve({ ok: false });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { ok: false } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** What ends each server's open call sockets: upgraded connections are not the HTTP server's to close. */
const socketClosers = new WeakMap<Server, () => void>();

/**
 * The web host: the built renderer plus the IPC contract over HTTP (POST /api/<channel>), the same calls over
 * a WebSocket (GET /api/socket, socket.ts) and server-sent events (GET /api/events). Listen on 127.0.0.1 only.
 */
export function createHostServer(options: HostServerOptions): Server {
  const { workspace, rendererDir, token, logger } = options;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const bridge = bridgeScript();

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      logger.error('web host request failed', err);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', messages.internal);
      else res.destroy();
    });
  });
  const port = () => (server.address() as AddressInfo | null)?.port ?? -1;
  socketClosers.set(server, attachCallSocket(server, { workspace, token, logger, port }));

  async function handleCall(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      sendError(res, 405, 'METHOD_NOT_ALLOWED', messages.method, { Allow: 'POST' });
      return;
    }
    if (!tokenMatches(bearerToken(req.headers.authorization), token)) {
      sendError(res, 401, 'UNAUTHORIZED', messages.token);
      return;
    }
    let channel: string;
    try {
      channel = decodeURIComponent(name);
    } catch {
      channel = name;
    }
    if (!isChannel(channel)) {
      req.resume();
      sendJson(res, 404, fail('UNKNOWN_CHANNEL', 'app.unknownChannel'));
      return;
    }
    const body = await readBody(req, maxBodyBytes);
    if (!body.ok) {
      sendError(res, 413, 'TOO_LARGE', messages.tooLarge, { Connection: 'close' });
      return;
    }
    const input = parseJson(body.text);
    if (!input.ok) {
      sendError(res, 400, 'BAD_INPUT', messages.json);
      return;
    }
    const started = performance.now();
    const result = await workspace.dispatch(channel, input.value);
    const text = JSON.stringify(result);
    // The host's own share of the call (dispatch and JSON), for the page's Resource Timing: `npm run bench` splits
    // a call's time into this and the round trip with it (issue 15).
    const serverTiming = `host;dur=${(performance.now() - started).toFixed(2)}`;
    res.writeHead(statusFor(result), { ...jsonHeaders, 'Server-Timing': serverTiming });
    res.end(text);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'METHOD_NOT_ALLOWED', messages.method, { Allow: 'GET, HEAD' });
      return;
    }
    if (pathname === bridgePath) {
      res.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : bridge);
      return;
    }
    const file = await readStaticFile(rendererDir, pathname);
    if (!file) {
      sendError(res, 404, 'NOT_FOUND', messages.notFound);
      return;
    }
    const html = file.contentType.startsWith('text/html');
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.length),
      'Cache-Control': html ? 'no-store' : 'no-cache',
      ...(html ? { 'Content-Security-Policy': hostContentSecurityPolicy } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  /** A finished export, once: the page's anchor cannot send the bearer header, so the token comes in the address. */
  function handleDownload(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET') {
      sendError(res, 405, 'METHOD_NOT_ALLOWED', messages.method, { Allow: 'GET' });
      return;
    }
    if (!tokenMatches(url.searchParams.get('token'), token)) {
      sendError(res, 401, 'UNAUTHORIZED', messages.token);
      return;
    }
    if (!options.downloads?.send(url.pathname.slice(downloadPrefix.length), res)) sendError(res, 404, 'NOT_FOUND', messages.download);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a foreign name resolving to 127.0.0.1 still sends its own Host header.
    if (!isAllowedHost(req.headers.host, port())) {
      sendError(res, 403, 'FORBIDDEN', messages.host);
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port()}`);
    const { pathname } = url;

    if (pathname === '/api/events' || pathname.startsWith('/api/')) {
      if (!isAllowedOrigin(req.headers.origin, port())) {
        sendError(res, 403, 'FORBIDDEN', messages.origin);
        return;
      }
      if (pathname.startsWith(downloadPrefix)) {
        handleDownload(req, res, url);
        return;
      }
      if (pathname !== '/api/events') return handleCall(req, res, pathname.slice('/api/'.length));
      if (req.method !== 'GET') {
        sendError(res, 405, 'METHOD_NOT_ALLOWED', messages.method, { Allow: 'GET' });
        return;
      }
      if (!tokenMatches(url.searchParams.get('token'), token)) {
        sendError(res, 401, 'UNAUTHORIZED', messages.token);
        return;
      }
      streamEvents(req, res, workspace.events, heartbeatMs);
      return;
    }
    return handleStatic(req, res, pathname);
  }

  return server;
}

/** Stops accepting, ends open connections (event streams and sockets never end by themselves) and resolves when closed. */
export function closeHostServer(server: Server): Promise<void> {
  socketClosers.get(server)?.();
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
