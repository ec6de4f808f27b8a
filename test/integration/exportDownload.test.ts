import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, rawRequest } from './http';
import { startWebHost, type WebHostFixture } from './webHostFixture';

// The web host's CSV export over real HTTP: export:csv writes the file in main, the page downloads it once.

let host: WebHostFixture;
beforeAll(async () => {
  host = await startWebHost({ demoCount: 300 });
});
afterAll(async () => {
  await host.close();
});

type Done = { status: string; rows: number; fileName: string; url: string };

describe('CSV export on the web host', () => {
  it('export:csv answers a one-time, token-protected download with every row of the view', async () => {
    const query = { tab: 'outbound', sort: { column: 'closingDateTime', direction: 'desc' } };
    const res = await call(host.port, host.token, 'export:csv', { exportId: 'web-export-1', query, language: 'en' });
    if (!res.body.ok) throw new Error(res.body.error.message);
    const done = res.body.value as Done;
    const listed = await call(host.port, host.token, 'referrals:list', { ...query, limit: 1 });
    const total = listed.body.ok ? (listed.body.value as { total: number }).total : -1;
    expect(done).toMatchObject({ status: 'download', rows: total, fileName: 'co-sell-outbound-2026-11-24.csv' });
    expect(total).toBeGreaterThan(100);

    const path = done.url;
    const withoutToken = path.replace(/\?token=.*$/, '');
    expect((await rawRequest(host.port, { path: withoutToken })).status).toBe(401);
    expect((await rawRequest(host.port, { path: `${withoutToken}?token=wrong-token` })).status).toBe(401);

    const file = await rawRequest(host.port, { path });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toBe('attachment; filename="co-sell-outbound-2026-11-24.csv"');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse<Record<string, string>>(file.text.slice(1), { columns: true });
    expect(rows).toHaveLength(total);
    // In the view's order (latest close date first).
    const dates = rows.map((r) => r['Close date'] ?? '');
    expect(dates).toEqual([...dates].sort().reverse());

    // Once only: the file is gone after its download.
    const again = await rawRequest(host.port, { path });
    expect(again.status).toBe(404);
    expect(again.text).toContain('already downloaded or has expired');
  });

  it('headers follow the chosen language', async () => {
    const res = await call(host.port, host.token, 'export:csv', {
      exportId: 'web-export-2',
      query: { tab: 'inbound', stages: ['received'] },
      language: 'ru',
    });
    if (!res.body.ok) throw new Error(res.body.error.message);
    const file = await rawRequest(host.port, { path: (res.body.value as Done).url });
    expect(file.text.slice(1).split('\r\n')[0]).toMatch(/^Название сделки,Клиент,/);
    const rows = parse<Record<string, string>>(file.text.slice(1), { columns: true });
    expect(new Set(rows.map((r) => r['Этап']))).toEqual(new Set(['Получено']));
  });
});
