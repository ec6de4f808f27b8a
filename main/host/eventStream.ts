import type { IncomingMessage, ServerResponse } from 'node:http';
import { eventNames } from '../../shared/ipc';
import type { EventBus } from '../core/eventBus';
import { securityHeaders } from './httpPolicy';

/**
 * Server-sent events: every workspace event as `event: <name>` + `data: <json>` (JSON.stringify never
 * emits a raw newline, so one data line is enough). A comment line every `heartbeatMs` keeps proxies
 * and the browser from timing the stream out; everything is released when either side closes.
 */
export function streamEvents(req: IncomingMessage, res: ServerResponse, events: EventBus, heartbeatMs: number): void {
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 3000\n: connected\n\n');

  const offs = eventNames.map((name) => events.on(name, (payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)));
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  heartbeat.unref();

  let open = true;
  const release = () => {
    if (!open) return;
    open = false;
    clearInterval(heartbeat);
    for (const off of offs) off();
  };
  req.on('close', release);
  res.on('close', release);
}
