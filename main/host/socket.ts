import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import { fail, isChannel, type Result } from '../../shared/ipc';
import type { Logger } from '../core/ports';
import type { Workspace } from '../core/workspaceTypes';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './httpPolicy';
import { maxSocketMessageBytes, socketPath } from './limits';

/**
 * The same contract as POST /api/<channel>, over one WebSocket the page keeps open (GET /api/socket?token=…).
 *
 * Why a second way: in Chromium a fetch to 127.0.0.1 costs 5-6 ms even when the host answers in 0.03 ms
 * (every request goes through the network service and back), a message on an open socket about 0.5 ms
 * (issue 15, `npm run bench`'s peer rows). The bridge sends a call here when the socket is open and by
 * fetch otherwise; both answer with the same `Result`.
 *
 * Call: `{ "id": <number>, "channel": "<name>", "input": <json> }`.
 * Answer: `{ "id": <same>, "result": <Result>, "ms": <the host's share: dispatch and JSON> }`.
 * Refused before the upgrade (a plain HTTP answer): another Host or Origin, a wrong token.
 */

const callSchema = z.object({
  id: z.number().int().nonnegative(),
  channel: z.string().max(200),
  input: z.unknown().optional(),
});

type SocketOptions = {
  workspace: Pick<Workspace, 'dispatch'>;
  token: string;
  logger: Logger;
  port: () => number;
};

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Answers one message; a message that is not a call is answered with BAD_INPUT under `id: null`. */
async function answer(workspace: SocketOptions['workspace'], logger: Logger, data: RawData): Promise<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(
      Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8'),
    );
  } catch {
    parsed = undefined;
  }
  const call = callSchema.safeParse(parsed);
  if (!call.success) return JSON.stringify({ id: null, result: fail('BAD_INPUT', 'host.json'), ms: 0 });
  const { id, channel, input } = call.data;
  const started = performance.now();
  let result: Result<unknown>;
  try {
    result = isChannel(channel) ? await workspace.dispatch(channel, input) : fail('UNKNOWN_CHANNEL', 'app.unknownChannel');
  } catch (err) {
    logger.error('web host socket call failed', err);
    result = fail('INTERNAL', 'host.internal');
  }
  const text = JSON.stringify(result);
  const ms = (performance.now() - started).toFixed(2);
  return `{"id":${id},"ms":${ms},"result":${text}}`;
}

/** Adds the socket to `server`; returns what closes every open socket (the host's shutdown calls it). */
export function attachCallSocket(server: Server, options: SocketOptions): () => void {
  const { workspace, token, logger, port } = options;
  const sockets = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: maxSocketMessageBytes });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port()}`);
    if (url.pathname !== socketPath) refuse(socket, '404 Not Found');
    else if (!isAllowedHost(req.headers.host, port()) || !isAllowedOrigin(req.headers.origin, port())) refuse(socket, '403 Forbidden');
    else if (!tokenMatches(url.searchParams.get('token'), token)) refuse(socket, '401 Unauthorized');
    else sockets.handleUpgrade(req, socket, head, (ws) => serve(ws));
  });

  function serve(ws: WebSocket): void {
    ws.on('error', (err) => logger.warn('web host socket error', err));
    ws.on('message', (data) => {
      void answer(workspace, logger, data).then((text) => {
        if (ws.readyState === ws.OPEN) ws.send(text);
      });
    });
  }

  return () => {
    for (const ws of sockets.clients) ws.terminate();
    sockets.close();
  };
}
