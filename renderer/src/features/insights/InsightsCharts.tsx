import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { closeReasonSchema } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/ipc';
import { insightsStageSchema } from '../../../../shared/ipc';
import { useFormat } from '../../i18n';
import { percentOrDash, stageWord } from './insightsWords';
import { NumbersTable } from './NumbersTable';

function Card({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper component="section" variant="outlined" aria-labelledby={id} sx={{ p: 2, minWidth: 0 }}>
      <Typography variant="h6" component="h3" id={id} sx={{ fontSize: 16, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

const valueIn = (amounts: { currency: string; value: string }[], currency: string): number =>
  Number(amounts.find((a) => a.currency === currency)?.value ?? 0);

/** Pipeline value by stage in one currency (the chart), every currency in the table. */
export function PipelineChart({ data, currency }: { data: Insights; currency: string }) {
  const { t } = useTranslation(['insights', 'common']);
  const fmt = useFormat();
  const byStage = insightsStageSchema.options.map((stage) => {
    const rows = data.pipeline.filter((p) => p.stage === stage);
    return { stage: stageWord(t, stage), count: rows.reduce((s, r) => s + r.count, 0), value: valueIn(rows, currency) };
  });
  return (
    <Card title={t('pipelineTitle', { currency })} id="insights-pipeline">
      <BarChart
        height={220}
        dataset={byStage}
        xAxis={[{ scaleType: 'band', dataKey: 'stage' }]}
        yAxis={[{ width: 56, valueFormatter: (v: number | null) => (v === null ? '' : fmt.compact(v)) }]}
        series={[
          {
            dataKey: 'value',
            label: t('valueIn', { currency }),
            valueFormatter: (v) => (v === null ? '' : fmt.wholeMoney(String(v), currency)),
          },
        ]}
        hideLegend
      />
      <NumbersTable
        caption={t('pipelineTable')}
        head={[t('stage'), t('currency'), t('deals'), t('value')]}
        rows={data.pipeline.map((p) => [stageWord(t, p.stage), p.currency, fmt.number(p.count), fmt.wholeMoney(p.value, p.currency)])}
      />
    </Card>
  );
}

/** Why deals were declined or lost, side by side. */
export function ReasonsChart({ data }: { data: Insights }) {
  const { t } = useTranslation(['insights', 'common']);
  const fmt = useFormat();
  const count = (list: Insights['declinedReasons'], reason: string) => list.find((r) => r.reason === reason)?.count ?? 0;
  const rows = closeReasonSchema.options
    .map((reason) => ({
      reason: t(`common:closeReason.${reason}`),
      declined: count(data.declinedReasons, reason),
      lost: count(data.lostReasons, reason),
    }))
    .filter((r) => r.declined + r.lost > 0);
  return (
    <Card title={t('reasonsTitle')} id="insights-reasons">
      {rows.length > 0 && (
        <BarChart
          height={Math.max(160, rows.length * 34 + 60)}
          layout="horizontal"
          dataset={rows}
          // 'auto': the axis measures its labels and takes the width of the longest, so no reason is cut to "…" (the
          // Russian ones run to 45 characters). Not wrapped: the charts cut a multi-line label by its one-line width.
          yAxis={[{ scaleType: 'band', dataKey: 'reason', width: 'auto' }]}
          series={[
            { dataKey: 'declined', label: t('declined'), stack: 'r' },
            { dataKey: 'lost', label: t('lost'), stack: 'r' },
          ]}
        />
      )}
      <NumbersTable
        caption={t('reasonsTitle')}
        head={[t('reason'), t('declined'), t('lost')]}
        rows={rows.map((r) => [r.reason, fmt.number(r.declined), fmt.number(r.lost)])}
      />
    </Card>
  );
}

/** Campaign ROI: deals, win rate and value per marketing campaign ID. */
export function CampaignChart({ data, currency }: { data: Insights; currency: string }) {
  const { t } = useTranslation(['insights', 'common']);
  const fmt = useFormat();
  const named = data.campaigns.filter((c) => c.campaignId !== '');
  const top = named
    .slice(0, 10)
    .map((c) => ({ campaign: c.campaignId, won: valueIn(c.wonValues, currency), value: valueIn(c.values, currency) }));
  const label = (id: string) => (id === '' ? t('noCampaign') : id);
  return (
    <Card title={t('campaignsTitle', { currency })} id="insights-campaigns">
      {top.length > 0 && (
        <BarChart
          height={240}
          dataset={top}
          xAxis={[{ scaleType: 'band', dataKey: 'campaign' }]}
          yAxis={[{ width: 56, valueFormatter: (v: number | null) => (v === null ? '' : fmt.compact(v)) }]}
          series={[
            { dataKey: 'value', label: t('pipelineValue') },
            { dataKey: 'won', label: t('wonValue') },
          ]}
        />
      )}
      <NumbersTable
        caption={t('campaignsTable')}
        head={[t('campaign'), t('deals'), t('winRate'), t('value'), t('wonValue')]}
        rows={data.campaigns.map((c) => [
          label(c.campaignId),
          fmt.number(c.count),
          percentOrDash(fmt, c.winRate),
          c.values.map((v) => fmt.wholeMoney(v.value, v.currency)).join('; '),
          c.wonValues.map((v) => fmt.wholeMoney(v.value, v.currency)).join('; ') || '—',
        ])}
      />
    </Card>
  );
}

export function Summary({ data }: { data: Insights }) {
  const { t } = useTranslation('insights');
  const fmt = useFormat();
  const { won, lost, rate } = data.winRate;
  const items: [string, string, string][] = [
    [t('deals'), fmt.number(data.total), t('inPeriod')],
    [t('winRate'), percentOrDash(fmt, rate), t('wonLost', { won: fmt.number(won), lost: fmt.number(lost) })],
  ];
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      {items.map(([title, value, note]) => (
        <Paper key={title} variant="outlined" sx={{ px: 2, py: 1, minWidth: 160 }} role="group" aria-label={title}>
          <Typography variant="caption" color="text.secondary">
            {title}
          </Typography>
          <Typography sx={{ fontSize: 24, fontWeight: 600 }}>{value}</Typography>
          <Typography variant="caption" color="text.secondary">
            {note}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
