/**
 * Records what the renderer asks the web host for while it loads (channel, input, the host's answer), so the
 * bare page server can serve the same page with the same answers embedded: the floor for first paint.
 */
import { writeFileSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';

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
  page.on('response', onResponse);
  try {
    await load();
    await ready();
  } finally {
    page.off('response', onResponse);
  }
  return (await Promise.all(calls)).filter((c): c is RecordedCall => c !== null);
}

export function writeRecording(file: string, calls: readonly RecordedCall[]): void {
  writeFileSync(file, JSON.stringify(calls));
}
