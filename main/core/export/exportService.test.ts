import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Referral } from '../../../shared/domain';
import type { ExportProgress, ParsedListQuery } from '../../../shared/ipc';
import { createEventBus } from '../eventBus';
import { englishWords, wordsIn, type Words } from '../i18n/mainWords';
import { silentLogger } from '../logger';
import { sampleReferral } from '../sync/testReferral';
import { openDatabase } from '../store/database';
import { createReferralExport } from '../store/referralExport';
import { createReferralList } from '../store/referralList';
import { createReferralStore } from '../store/referralStore';
import { fakeClock, TEST_NOW } from '../testing/tempWorkspace';
import { tempDirs } from '../testing/tempDirs';
import { EXPORT_CHUNK } from './csvWriter';
import { createExportService, exportFileName } from './exportService';
import type { ExportTarget } from './exportTarget';

const tempDir = tempDirs('cosell-export-');

const q = (over: Partial<ParsedListQuery> = {}): ParsedListQuery => ({
  tab: 'outbound',
  sort: { column: 'name', direction: 'asc' },
  limit: 100,
  ...over,
});

function setUp(referrals: Referral[], words: Words = englishWords()) {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'cosell.db'));
  const store = createReferralStore(db);
  db.transaction(() => {
    for (const r of referrals) store.insert(r);
  })();
  const events = createEventBus();
  const progress: ExportProgress[] = [];
  events.on('export:progress', (p) => progress.push(p));
  const file = join(dir, 'out.csv');
  const target: ExportTarget = {
    open: (name) =>
      Promise.resolve({
        out: createWriteStream(file),
        finish: (rows) => Promise.resolve({ status: 'saved' as const, rows, fileName: name }),
        discard: () => {
          rmSync(file, { force: true });
          return Promise.resolve();
        },
      }),
  };
  const service = createExportService({
    reader: createReferralExport(db),
    target,
    events,
    clock: fakeClock(TEST_NOW),
    logger: silentLogger,
    words: () => words,
  });
  return { db, service, events, progress, file, list: createReferralList(db) };
}

const many = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    sampleReferral({ id: `r-${String(i).padStart(5, '0')}`, name: `Deal ${String(i).padStart(5, '0')}` }),
  );

describe('CSV export of the current view', () => {
  it('writes UTF-8 with a BOM, RFC 4180 quoting, neutralized formulas, and headers in the chosen language', async () => {
    const tricky = [
      sampleReferral({ id: 'a', name: 'Поставка, этап 2', campaignId: '=HYPERLINK("http://evil.example")' }),
      sampleReferral({
        id: 'b',
        name: 'He said "go"',
        externalReferenceId: '+1-555',
        details: { ...sampleReferral().details, notes: 'line one\nline two' },
      }),
      sampleReferral({ id: 'c', name: '@SUM(A1)', externalReferenceId: '-2+3' }),
    ];
    const { service, file, db } = setUp(tricky);
    const result = await service.run({ exportId: 'export-1', query: q(), language: 'ru' });
    expect(result).toEqual({ status: 'saved', rows: 3, fileName: 'co-sell-outbound-2026-11-24.csv' });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'Название сделки,Клиент,Страна,Сумма,Валюта,Дата закрытия,Тип,Этап,Статус,Истекает (UTC),ID в CRM,ID маркетинговой кампании,Заметки,Избранное,Создано (UTC),Изменено (UTC),ID рекомендации',
    );
    expect(text).toContain('"Поставка, этап 2"');
    expect(text).toContain('"He said ""go"""');
    expect(text).toContain('"line one\nline two"');
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(rows.map((r) => r['Название сделки'])).toEqual(["'@SUM(A1)", 'He said "go"', 'Поставка, этап 2']);
    expect(rows.map((r) => r['ID в CRM'])).toEqual(["'-2+3", "'+1-555", '']);
    expect(rows[2]?.['ID маркетинговой кампании']).toBe('\'=HYPERLINK("http://evil.example")');
    expect(rows[1]?.['Заметки']).toBe('line one\nline two');
    expect(rows[0]).toMatchObject({ Тип: 'Собственная воронка', Этап: 'Принято', Статус: 'Принято', Сумма: '1000', Валюта: 'USD' });
    db.close();
  });

  it('writes headers and words in the language setting when the caller names none, and in the named one otherwise', async () => {
    const { service, file, db } = setUp([sampleReferral({ id: 'a', name: 'Rollout' })], wordsIn('ru'));
    await service.run({ exportId: 'export-lang-1', query: q() });
    const ru = parse<Record<string, string>>(readFileSync(file, 'utf8').slice(1), { columns: true });
    expect(ru).toEqual([expect.objectContaining({ 'Название сделки': 'Rollout', Этап: 'Принято', Тип: 'Собственная воронка' })]);
    await service.run({ exportId: 'export-lang-2', query: q(), language: 'en' });
    const en = parse<Record<string, string>>(readFileSync(file, 'utf8').slice(1), { columns: true });
    expect(en).toEqual([expect.objectContaining({ 'Deal name': 'Rollout', Stage: 'Accepted', Type: 'Private pipeline' })]);
    db.close();
  });

  it('has every row of the view, in the list order, beyond any page or chunk size', async () => {
    const count = EXPORT_CHUNK * 2 + 7;
    const { service, file, progress, list, db } = setUp(many(count));
    const result = await service.run({ exportId: 'export-2', query: q({ sort: { column: 'name', direction: 'desc' } }), language: 'en' });
    expect(result.rows).toBe(count);
    const rows = parse<Record<string, string>>(readFileSync(file, 'utf8').slice(1), { columns: true });
    expect(rows).toHaveLength(list.page(q()).total);
    expect(rows[0]?.['Deal name']).toBe(`Deal ${String(count - 1).padStart(5, '0')}`);
    expect(rows.at(-1)?.['Deal name']).toBe('Deal 00000');
    expect(new Set(rows.map((r) => r['Referral ID'])).size).toBe(count);
    expect(progress[0]).toEqual({ exportId: 'export-2', rows: 0, total: count });
    expect(progress.at(-1)).toEqual({ exportId: 'export-2', rows: count, total: count });
    db.close();
  });

  it('exports what the filters and search leave, nothing else', async () => {
    const { service, file, db } = setUp([
      sampleReferral({ id: 'x1', name: 'Fabrikam rollout' }),
      sampleReferral({ id: 'x2', name: 'Contoso rollout', status: 'Closed', substatus: 'Won' }),
      sampleReferral({ id: 'x3', name: 'Fabrikam pilot', direction: 'inbound', status: 'New', substatus: 'Received' }),
    ]);
    await service.run({ exportId: 'export-3', query: q({ search: 'rollout', stages: ['accepted'] }), language: 'en' });
    const rows = parse<Record<string, string>>(readFileSync(file, 'utf8').slice(1), { columns: true });
    expect(rows.map((r) => r['Referral ID'])).toEqual(['x1']);
    db.close();
  });

  it('a cancel stops the export and leaves no file behind', async () => {
    const { service, events, file, progress, db } = setUp(many(EXPORT_CHUNK * 3));
    // Cancel as soon as the first chunk is out, as the Cancel button would while the bar moves.
    events.on('export:progress', (p) => {
      if (p.rows > 0 && p.rows < p.total) expect(service.cancel('export-4')).toBe(true);
    });
    const result = await service.run({ exportId: 'export-4', query: q(), language: 'en' });
    expect(result.status).toBe('cancelled');
    expect(existsSync(file)).toBe(false);
    expect(progress.at(-1)?.rows).toBe(EXPORT_CHUNK);
    expect(service.cancel('export-4')).toBe(false);
    db.close();
  });

  it('a closed save dialog is a cancel; a failing disk is a clear error and no half file', async () => {
    const { db } = setUp([]);
    const events = createEventBus();
    const reader = createReferralExport(db);
    const closed = createExportService({
      reader,
      target: { open: () => Promise.resolve(null) },
      events,
      clock: fakeClock(TEST_NOW),
      logger: silentLogger,
      words: englishWords,
    });
    expect(await closed.run({ exportId: 'export-5', query: q(), language: 'en' })).toEqual({
      status: 'cancelled',
      rows: 0,
      fileName: exportFileName('outbound', TEST_NOW),
    });
    let discarded = false;
    const broken = createExportService({
      reader,
      events,
      clock: fakeClock(TEST_NOW),
      logger: silentLogger,
      words: englishWords,
      target: {
        open: () =>
          Promise.resolve({
            out: new Writable({ write: (_c, _e, cb) => cb(new Error('ENOSPC: no space left on device')) }),
            finish: () => Promise.reject(new Error('must not finish')),
            discard: () => {
              discarded = true;
              return Promise.resolve();
            },
          }),
      },
    });
    await expect(broken.run({ exportId: 'export-6', query: q(), language: 'en' })).rejects.toMatchObject({ code: 'EXPORT_FAILED' });
    expect(discarded).toBe(true);
    db.close();
  });
});
