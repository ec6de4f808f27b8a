import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { adminRoute, ADMIN_PREFIX } from './admin';
import type { FakeAuth } from './auth';
import type { ListReply, RequestContext } from './context';
import { ApiError, errorReply, notFound, type Reply } from './errors';
import { extensionsRoute } from './extensions';
import { applyListFaults, preFault, postFault } from './faultEffects';
import { referralsRoute } from './referralsApi';
import type { Service } from './service';

export type ServerOptions = { auth: FakeAuth };

const MAX_BODY = 1024 * 1024;
let requestCounter = 0;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new ApiError(413, 'PayloadTooLarge', `The body is larger than ${MAX_BODY} bytes.`));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function route(svc: Service, ctx: RequestContext): Reply {
  const reply = adminRoute(svc, ctx) ?? referralsRoute(svc, ctx) ?? extensionsRoute(svc, ctx);
  if (!reply) throw notFound(`No such endpoint: ${ctx.method} ${ctx.path}.`);
  return reply;
}

/** Turns a reply into status, headers (request-id echoed, content-length) and the JSON text. */
export function serialise(reply: Reply, requestId: string): { status: number; headers: Record<string, string>; body: string } {
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
  const headers: Record<string, string> = { 'request-id': requestId, ...reply.headers };
  if (body) headers['content-type'] = 'application/json; charset=utf-8';
  headers['content-length'] = String(Buffer.byteLength(body));
  return { status: reply.status, headers, body };
}

async function handle(svc: Service, opts: ServerOptions, baseUrl: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', baseUrl);
  const ctx: RequestContext = {
    method: req.method ?? 'GET',
    url,
    path: url.pathname.replace(/\/+$/, '') || '/',
    headers: req.headers,
    rawBody: '',
    baseUrl,
  };
  // A counter, not the seeded streams: answering a GET must not shift the ids of referrals created later.
  const requestId = (req.headers['request-id'] as string | undefined) ?? `srv-${++requestCounter}`;
  const isAdmin = ctx.path === ADMIN_PREFIX || ctx.path.startsWith(`${ADMIN_PREFIX}/`);
  const faultReq = { method: ctx.method, path: ctx.path };
  let reply: Reply;
  try {
    await opts.auth.check(ctx, isAdmin);
    if (!isAdmin) {
      const pre = preFault(svc.faults, faultReq);
      if (pre.latencyMs) await sleep(pre.latencyMs);
      if (pre.drop) {
        req.socket.destroy();
        return;
      }
      if (pre.reply) {
        send(res, serialise(pre.reply, requestId));
        return;
      }
    }
    if (ctx.method === 'POST' || ctx.method === 'PATCH' || ctx.method === 'PUT' || ctx.method === 'DELETE')
      ctx.rawBody = await readBody(req);
    svc.sweep();
    reply = route(svc, ctx);
  } catch (e) {
    reply = errorReply(e instanceof ApiError ? e : new ApiError(500, 'InternalError', `The fake failed: ${(e as Error).message}`));
  }
  if (isAdmin) {
    send(res, serialise(reply, requestId));
    return;
  }
  if ('list' in reply) reply = applyListFaults(svc, reply as ListReply, ctx);
  const out = serialise(reply, requestId);
  const post = postFault(svc.faults, faultReq, out.body !== '');
  if (post === 'dropAfter') {
    req.socket.destroy();
    return;
  }
  if (post === 'midResponse') {
    res.writeHead(out.status, out.headers);
    res.write(out.body.slice(0, Math.floor(out.body.length / 2)));
    // Give the partial body a moment to leave before the cut, so the client sees a truncated reply, not a refused one.
    setTimeout(() => req.socket.destroy(), 10);
    return;
  }
  if (post === 'malformedJson') {
    // Cut in half but with a matching content-length: the transport is fine, the JSON is not.
    out.body = out.body.slice(0, Math.max(1, Math.floor(out.body.length / 2)));
    out.headers['content-length'] = String(Buffer.byteLength(out.body));
  }
  send(res, out);
}

function send(res: ServerResponse, out: { status: number; headers: Record<string, string>; body: string }): void {
  res.writeHead(out.status, out.headers);
  res.end(out.body);
}

/** Listens on 127.0.0.1 only: the fake holds test data and has a well-known token. */
export async function listen(svc: Service, opts: ServerOptions, port: number): Promise<{ server: Server; baseUrl: string }> {
  let baseUrl = '';
  const server = createServer((req, res) => {
    handle(svc, opts, baseUrl, req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, serialise(errorReply(new ApiError(500, 'InternalError', String(e))), 'srv-error'));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The fake could not read its own address');
  baseUrl = `http://127.0.0.1:${address.port}`;
  return { server, baseUrl };
}
