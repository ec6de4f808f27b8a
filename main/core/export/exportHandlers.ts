import type { HandlersOf } from '../../../shared/ipc';
import type { ExportService } from './exportService';

/** export:csv and export:cancel (SPEC F7). */
export function createExportHandlers(exports: ExportService): HandlersOf<'export'> {
  return {
    'export:csv': ({ exportId, query, language }) => exports.run({ exportId, language, query: { ...query, limit: 100, cursor: null } }),
    'export:cancel': ({ exportId }) => ({ cancelled: exports.cancel(exportId) }),
  };
}
