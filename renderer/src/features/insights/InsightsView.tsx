import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealType, Direction } from '../../../../shared/domain';
import type { InsightsQuery } from '../../../../shared/ipc';
import { CampaignChart, PipelineChart, ReasonsChart, Summary } from './InsightsCharts';
import { useGetInsightsQuery } from './insightsApi';
import { sayError, useFormat } from '../../i18n';
import { periodFrom, periods, responseTime, type Period } from './insightsWords';
import { NumbersTable } from './NumbersTable';

/** The currency with the most deals: the one the value charts show first. */
function mainCurrency(pipeline: { currency: string; count: number }[]): string {
  const counts = new Map<string, number>();
  for (const p of pipeline) counts.set(p.currency, (counts.get(p.currency) ?? 0) + p.count);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'USD';
}

/**
 * Insights (SPEC F7): pipeline value by stage, win rate, declined and lost reasons, response time to inbound
 * referrals, and campaign ROI, for a period, a direction and a deal type. Numbers come from main (insights:get).
 */
export function InsightsView({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['insights', 'common']);
  const fmt = useFormat();
  const [period, setPeriod] = useState<Period>('all');
  const [direction, setDirection] = useState<Direction | ''>('');
  const [dealType, setDealType] = useState<DealType | ''>('');
  const [chosenCurrency, setCurrency] = useState('');
  const query = useMemo<InsightsQuery>(() => {
    const from = periodFrom(period, new Date());
    return { ...(from ? { from } : {}), ...(direction ? { direction } : {}), ...(dealType ? { dealType } : {}) };
  }, [period, direction, dealType]);
  const { data, error, isFetching } = useGetInsightsQuery(query);
  const currencies = data ? [...new Set(data.pipeline.map((p) => p.currency))].sort() : [];
  const currency = chosenCurrency && currencies.includes(chosenCurrency) ? chosenCurrency : data ? mainCurrency(data.pipeline) : 'USD';

  return (
    <Dialog open={open} onClose={onClose} fullScreen aria-labelledby="insights-title">
      <Box
        sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 1, borderBottom: 1, borderColor: 'divider', flexWrap: 'wrap' }}
      >
        <Typography variant="h5" component="h2" id="insights-title" sx={{ flex: 1 }}>
          {t('title')}
        </Typography>
        <TextField
          select
          size="small"
          label={t('period')}
          value={period}
          onChange={(e) => setPeriod(e.target.value as Period)}
          sx={{ minWidth: 160 }}
        >
          {periods.map((p) => (
            <MenuItem key={p} value={p}>
              {t(`period.${p}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('direction')}
          // '' is a choice (both directions, all types): shown, not an empty box under the label.
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          value={direction}
          onChange={(e) => setDirection(e.target.value as Direction | '')}
          sx={{ minWidth: 150 }}
        >
          <MenuItem value="">{t('bothDirections')}</MenuItem>
          <MenuItem value="inbound">{t('common:tab.inbound')}</MenuItem>
          <MenuItem value="outbound">{t('common:tab.outbound')}</MenuItem>
        </TextField>
        <TextField
          select
          size="small"
          label={t('type')}
          // '' is a choice (both directions, all types): shown, not an empty box under the label.
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          value={dealType}
          onChange={(e) => setDealType(e.target.value as DealType | '')}
          sx={{ minWidth: 150 }}
        >
          <MenuItem value="">{t('allTypes')}</MenuItem>
          <MenuItem value="coSell">{t('common:dealType.coSell')}</MenuItem>
          <MenuItem value="privatePipeline">{t('common:dealType.privatePipeline')}</MenuItem>
        </TextField>
        <TextField
          select
          size="small"
          label={t('currency')}
          value={currency}
          onChange={(e) => setCurrency(e.target.value)}
          sx={{ width: 110 }}
        >
          {(currencies.length > 0 ? currencies : [currency]).map((c) => (
            <MenuItem key={c} value={c}>
              {c}
            </MenuItem>
          ))}
        </TextField>
        <IconButton aria-label={t('close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Box>
      {isFetching && <LinearProgress aria-label={t('updating')} />}
      <Box sx={{ p: 2, overflow: 'auto', display: 'flex', flexDirection: 'column', gap: 2, bgcolor: 'background.default', flex: 1 }}>
        {error && <Alert severity="error">{'key' in error || 'message' in error ? sayError(error) : t('failed')}</Alert>}
        {data && (
          <>
            <Typography variant="body2" color="text.secondary">
              {t('perCurrency')}
            </Typography>
            <Summary data={data} />
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
              <PipelineChart data={data} currency={currency} />
              <ReasonsChart data={data} />
              <CampaignChart data={data} currency={currency} />
              <Paper component="section" variant="outlined" aria-labelledby="insights-response" sx={{ p: 2 }}>
                <Typography variant="h6" component="h3" id="insights-response" sx={{ fontSize: 16, mb: 1 }}>
                  {t('responseTitle')}
                </Typography>
                <NumbersTable
                  caption={t('responseTable')}
                  head={[t('measure'), t('time')]}
                  rows={[
                    [t('median'), responseTime(fmt, data.responseTime.medianMs)],
                    [t('p90'), responseTime(fmt, data.responseTime.p90Ms)],
                    [t('answered'), fmt.number(data.responseTime.answered)],
                  ]}
                />
              </Paper>
            </Box>
          </>
        )}
      </Box>
    </Dialog>
  );
}
