import { request } from 'node:https';

/**
 * fetch over node:https trusting one extra CA (the test's throwaway one) and nothing else changed: what the
 * app's injectable fetch receives in tests. Node's global fetch takes no CA of its own per call. Plain http
 * (the fake Partner Center on loopback) goes through Node's fetch as usual.
 */
export function httpsFetchTrusting(caPem: string): (input: string, init?: RequestInit) => Promise<Response> {
  return (input, init = {}) => {
    const url = new URL(input);
    if (url.protocol === 'http:') return fetch(input, init);
    return new Promise<Response>((resolve, reject) => {
      const headers = new Headers(init.headers);
      // The app sends text bodies only (JSON, form posts); anything else is not something it does.
      if (init.body != null && typeof init.body !== 'string') throw new Error('httpsFetchTrusting sends text bodies only');
      const body = init.body ?? undefined;
      if (body !== undefined) headers.set('content-length', String(Buffer.byteLength(body)));
      const req = request(
        url,
        { method: init.method ?? 'GET', headers: Object.fromEntries(headers), ca: caPem, signal: init.signal ?? undefined },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const out = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(', ') : v);
            const status = res.statusCode ?? 500;
            resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, headers: out }));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
}
