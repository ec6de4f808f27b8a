import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectListArgs } from '../../app/selectors';
import { showNotice } from '../../app/workspaceSlice';
import { sayError, useFormat } from '../../i18n';
import { exportEnded } from './exportSlice';
import { useCancelExportMutation, useExportCsvMutation } from './exportApi';

/** Progress shows for exports bigger than this; smaller ones finish before a bar would be read. */
export const PROGRESS_FROM_ROWS = 2000;

/** Hands a finished web-host export to the browser as a download (the address works once). */
function download(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * "Export CSV" on the list toolbar (SPEC F7): every row of the current view (tab, stages, filters, search, sort),
 * written by main; a progress bar with Cancel for large exports.
 */
export function ExportButton() {
  const { t, i18n } = useTranslation(['export', 'common']);
  const fmt = useFormat();
  const dispatch = useAppDispatch();
  const { limit: _limit, ...query } = useAppSelector(selectListArgs);
  const progress = useAppSelector((state) => state.export.progress);
  const [exportCsv] = useExportCsvMutation();
  const [cancelExport] = useCancelExportMutation();
  const [running, setRunning] = useState<string | null>(null);

  async function start() {
    const exportId = crypto.randomUUID();
    setRunning(exportId);
    try {
      const result = await exportCsv({ exportId, query: query, language: i18n.language.startsWith('ru') ? 'ru' : 'en' }).unwrap();
      if (result.status === 'download' && result.url) download(result.url, result.fileName);
      if (result.status === 'cancelled') dispatch(showNotice({ message: t('cancelled'), severity: 'info' }));
      else dispatch(showNotice({ message: t('done', { count: result.rows, rows: fmt.number(result.rows), file: result.fileName }) }));
    } catch (err) {
      const message = typeof err === 'object' && err !== null && ('key' in err || 'message' in err) ? sayError(err) : t('failed');
      dispatch(showNotice({ message, severity: 'error' }));
    } finally {
      setRunning(null);
      dispatch(exportEnded());
    }
  }

  const mine = running !== null && progress?.exportId === running ? progress : null;
  if (running && mine && mine.total >= PROGRESS_FROM_ROWS) {
    const percent = mine.total > 0 ? Math.round((mine.rows / mine.total) * 100) : 0;
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 260 }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="caption" id="export-progress-label">
            {t('progress', { count: mine.total, rows: fmt.number(mine.rows), total: fmt.number(mine.total) })}
          </Typography>
          <LinearProgress variant="determinate" value={percent} aria-labelledby="export-progress-label" />
        </Box>
        <Button size="small" onClick={() => void cancelExport({ exportId: running })}>
          {t('common:cancel')}
        </Button>
      </Box>
    );
  }
  return (
    <Button size="small" startIcon={<FileDownloadOutlinedIcon />} disabled={running !== null} onClick={() => void start()}>
      {t('button')}
    </Button>
  );
}
