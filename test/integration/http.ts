import { request, type IncomingHttpHeaders } from 'node:http';

/** Test-side HTTP client on node:http: sends paths byte for byte (fetch would normalize `..`) and any Host. */
export type RawResponse = { status: number; headers: IncomingHttpHeaders; text: string };

export type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer };

export function rawRequest(port: number, options: RawRequest = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    // The server may answer (413) and close before an oversized body is fully sent.
    req.on('error', reject);
    req.end(options.body);
  });
}

export type ApiErrorBody = { ok: false; error: { code: string; message: string; fields?: Record<string, string> } };
export type ResultBody = { ok: true; value: unknown } | ApiErrorBody;

/** POST /api/<channel> with a JSON body (or raw text) and the bearer token. */
export async function call(port: number, token: string | null, channel: string, input: unknown, headers: Record<string, string> = {}) {
  const body = typeof input === 'string' ? input : JSON.stringify(input);
  const res = await rawRequest(port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }), ...headers },
    body,
  });
  return { status: res.status, body: JSON.parse(res.text) as ResultBody };
}

export type SseMessage = { event: string; data: string };

/** Reads a server-sent event stream; `next` waits for the next message (comments are collected apart). */
export function openEventStream(port: number, path: string, onMessage?: (message: SseMessage) => void) {
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  let status = 0;
  let headers: IncomingHttpHeaders = {};
  let close = () => {};
  const ready = new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, headers: { Accept: 'text/event-stream' } }, (res) => {
      status = res.statusCode ?? 0;
      headers = res.headers;
      resolve(status);
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length) {
            const message = { event, data: data.join('\n') };
            messages.push(message);
            onMessage?.(message);
          }
          for (const w of waiters.splice(0)) w();
        }
      });
    });
    req.on('error', reject);
    req.end();
    close = () => req.destroy();
  });
  return {
    ready,
    messages,
    comments,
    /** The response headers, once `ready` has resolved. */
    headers: () => headers,
    close: () => close(),
    /** Resolves when `predicate` holds, or rejects after `timeoutMs`. */
    async until(predicate: () => boolean, timeoutMs = 3000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`event stream: condition not met in ${timeoutMs} ms (status ${status})`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
  };
}
