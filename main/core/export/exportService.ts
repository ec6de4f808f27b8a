import type { ExportInput, ExportResult, ParsedListQuery } from '../../../shared/ipc';
import { AppError } from '../../../shared/ipc';
import type { EventBus } from '../eventBus';
import { wordsIn, type Words } from '../i18n/mainWords';
import type { Clock, Logger } from '../ports';
import type { ReferralExport } from '../store/referralExport';
import { writeCsv } from './csvWriter';
import { csvWordsOf } from './csvWords';
import type { ExportTarget } from './exportTarget';

export type ExportServiceDeps = {
  reader: ReferralExport;
  target: ExportTarget;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  /** Main's words now (the language setting, as notifications and the tray read it): the file's language by default. */
  words: () => Words;
};

/** co-sell-outbound-2026-12-02.csv: the tab and the day, ASCII so every file system and mail client keeps it. */
export const exportFileName = (tab: string, nowIso: string): string => `co-sell-${tab}-${nowIso.slice(0, 10)}.csv`;

const isAbort = (err: unknown): boolean => err instanceof Error && err.name === 'AbortError';

/**
 * CSV export of the list's current view (SPEC F7): picks the target, streams the rows, reports progress as
 * export:progress events, and stops on export:cancel (or when the target goes away), leaving no half file behind.
 */
export function createExportService(deps: ExportServiceDeps) {
  const running = new Map<string, AbortController>();

  async function run(input: { exportId: string; query: ParsedListQuery; language?: ExportInput['language'] }): Promise<ExportResult> {
    if (running.has(input.exportId)) throw new AppError('BAD_INPUT', 'export.running');
    const fileName = exportFileName(input.query.tab, deps.clock.now().toISOString());
    // The window says which language it shows (on the web host, "system" is the browser's, which main cannot
    // see); a caller that does not say gets the language setting's.
    const current = deps.words();
    const words = csvWordsOf(!input.language || input.language === current.language ? current : wordsIn(input.language));
    const controller = new AbortController();
    running.set(input.exportId, controller);
    try {
      const sink = await deps.target.open(fileName);
      if (!sink) return { status: 'cancelled', rows: 0, fileName };
      try {
        const rows = await writeCsv({
          reader: deps.reader,
          query: input.query,
          words,
          out: sink.out,
          signal: controller.signal,
          onProgress: (done, total) => {
            deps.events.emit('export:progress', { exportId: input.exportId, rows: done, total });
          },
        });
        return await sink.finish(rows);
      } catch (err) {
        await sink.discard();
        if (isAbort(err)) return { status: 'cancelled', rows: 0, fileName };
        deps.logger.error('export failed', err);
        throw new AppError('EXPORT_FAILED', 'export.failed');
      }
    } finally {
      running.delete(input.exportId);
    }
  }

  return {
    run,
    /** Stops a running export; false when there is none by that id (already finished, or never started). */
    cancel(exportId: string): boolean {
      const c = running.get(exportId);
      if (!c) return false;
      c.abort();
      return true;
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
