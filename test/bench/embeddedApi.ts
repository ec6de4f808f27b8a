/**
 * Records what the renderer asks the web host for while it loads (channel, input, the host's answer), so the
 * bare page server can serve the same page with the same answers embedded: the floor for first paint.
 */
import { writeFileSync } from 'node:fs';
import type { Page, Response, WebSocket } from 'playwright-core';

export type RecordedCall = { channel: string; input: string; output: string };

/** Loads the app with `load()` and returns every API call it made until `ready()` resolved. */
export async function recordApiCalls(page: Page, load: () => Promise<unknown>, ready: () => Promise<unknown>): Promise<RecordedCall[]> {
  const calls: Promise<RecordedCall | null>[] = [];
  const onResponse = (response: Response) => {
    const url = new URL(response.url());
    const request = response.request();
    if (request.method() !== 'POST' || !url.pathname.startsWith('/api/')) return;
    calls.push(
      response.text().then(
        (output) => ({
          channel: decodeURIComponent(url.pathname.slice('/api/'.length)),
          // Re-serialized the way the embedded api keys its answers (JSON.stringify of the input).
          input: JSON.stringify(JSON.parse(request.postData() ?? '{}')),
          output,
        }),
        () => null,
      ),
    );
  };
  // Calls over the call socket ({id, channel, input} → {id, ms, result}), once the page has it open.
  const sent = new Map<number, { channel: string; input: string }>();
  const settled = new Map<number, (call: RecordedCall | null) => void>();
  const onSocket = (socket: WebSocket) => {
    socket.on('framesent', ({ payload }) => {
      const call = JSON.parse(String(payload)) as { id: number; channel: string; input?: unknown };
      sent.set(call.id, { channel: call.channel, input: JSON.stringify(call.input ?? {}) });
      calls.push(new Promise((resolve) => settled.set(call.id, resolve)));
    });
    socket.on('framereceived', ({ payload }) => {
      const answer = JSON.parse(String(payload)) as { id: number; result: unknown };
      const call = sent.get(answer.id);
      if (call) settled.get(answer.id)?.({ ...call, output: JSON.stringify(answer.result) });
      settled.delete(answer.id);
    });
  };
  page.on('response', onResponse);
  page.on('websocket', onSocket);
  try {
    await load();
    await ready();
  } finally {
    page.off('response', onResponse);
    page.off('websocket', onSocket);
  }
  // A call still unanswered 2 s after `ready` (the page moved on) is left out, as a failed response is.
  setTimeout(() => {
    for (const resolve of settled.values()) resolve(null);
  }, 2000);
  return (await Promise.all(calls)).filter((c): c is RecordedCall => c !== null);
}

export function writeRecording(file: string, calls: readonly RecordedCall[]): void {
  writeFileSync(file, JSON.stringify(calls));
}
