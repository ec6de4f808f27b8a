import type { ChannelInput, ExportResult } from '../../../../shared/ipc';
import { workspaceApi } from '../../api/workspaceApi';

/** CSV export (SPEC F7), injected into the one workspace API: main writes the file; progress comes as events. */
export const exportApi = workspaceApi.injectEndpoints({
  endpoints: (build) => ({
    exportCsv: build.mutation<ExportResult, ChannelInput<'export:csv'>>({
      query: (input) => ({ channel: 'export:csv', input }),
    }),
    cancelExport: build.mutation<{ cancelled: boolean }, ChannelInput<'export:cancel'>>({
      query: (input) => ({ channel: 'export:cancel', input }),
    }),
  }),
});

export const { useExportCsvMutation, useCancelExportMutation } = exportApi;
