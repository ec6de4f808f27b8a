import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ReactNode } from 'react';
import { closeReasonSchema } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/ipc';
import { insightsStageSchema } from '../../../../shared/ipc';
import { money, percent, reasonWords, stageWords } from './insightsWords';
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

const compactNumber = new Intl.NumberFormat('en', { notation: 'compact' });
const compact = (v: number | null): string => (v === null ? '' : compactNumber.format(v));

const valueIn = (amounts: { currency: string; value: string }[], currency: string): number =>
  Number(amounts.find((a) => a.currency === currency)?.value ?? 0);

/** Pipeline value by stage in one currency (the chart), every currency in the table. */
export function PipelineChart({ data, currency }: { data: Insights; currency: string }) {
  const byStage = insightsStageSchema.options.map((stage) => {
    const rows = data.pipeline.filter((p) => p.stage === stage);
    return { stage: stageWords[stage], count: rows.reduce((s, r) => s + r.count, 0), value: valueIn(rows, currency) };
  });
  return (
    <Card title={`Pipeline value by stage (${currency})`} id="insights-pipeline">
      <BarChart
        height={220}
        dataset={byStage}
        xAxis={[{ scaleType: 'band', dataKey: 'stage' }]}
        yAxis={[{ width: 56, valueFormatter: compact }]}
        series={[{ dataKey: 'value', label: `Value (${currency})`, valueFormatter: (v) => (v === null ? '' : money(String(v), currency)) }]}
        hideLegend
      />
      <NumbersTable
        caption="Pipeline by stage and currency"
        head={['Stage', 'Currency', 'Deals', 'Value']}
        rows={data.pipeline.map((p) => [stageWords[p.stage], p.currency, p.count, money(p.value, p.currency)])}
      />
    </Card>
  );
}

/** Why deals were declined or lost, side by side. */
export function ReasonsChart({ data }: { data: Insights }) {
  const count = (list: Insights['declinedReasons'], reason: string) => list.find((r) => r.reason === reason)?.count ?? 0;
  const rows = closeReasonSchema.options
    .map((reason) => ({
      reason: reasonWords(reason),
      declined: count(data.declinedReasons, reason),
      lost: count(data.lostReasons, reason),
    }))
    .filter((r) => r.declined + r.lost > 0);
  return (
    <Card title="Declined and lost reasons" id="insights-reasons">
      {rows.length > 0 && (
        <BarChart
          height={Math.max(160, rows.length * 34 + 60)}
          layout="horizontal"
          dataset={rows}
          yAxis={[{ scaleType: 'band', dataKey: 'reason', width: 190 }]}
          series={[
            { dataKey: 'declined', label: 'Declined', stack: 'r' },
            { dataKey: 'lost', label: 'Lost', stack: 'r' },
          ]}
        />
      )}
      <NumbersTable
        caption="Declined and lost reasons"
        head={['Reason', 'Declined', 'Lost']}
        rows={rows.map((r) => [r.reason, r.declined, r.lost])}
      />
    </Card>
  );
}

/** Campaign ROI: deals, win rate and value per marketing campaign ID. */
export function CampaignChart({ data, currency }: { data: Insights; currency: string }) {
  const named = data.campaigns.filter((c) => c.campaignId !== '');
  const top = named
    .slice(0, 10)
    .map((c) => ({ campaign: c.campaignId, won: valueIn(c.wonValues, currency), value: valueIn(c.values, currency) }));
  const label = (id: string) => (id === '' ? 'No campaign' : id);
  return (
    <Card title={`Campaign ROI (${currency})`} id="insights-campaigns">
      {top.length > 0 && (
        <BarChart
          height={240}
          dataset={top}
          xAxis={[{ scaleType: 'band', dataKey: 'campaign' }]}
          yAxis={[{ width: 56, valueFormatter: compact }]}
          series={[
            { dataKey: 'value', label: 'Pipeline value' },
            { dataKey: 'won', label: 'Won value' },
          ]}
        />
      )}
      <NumbersTable
        caption="Deals, win rate and value by marketing campaign"
        head={['Campaign', 'Deals', 'Win rate', 'Value', 'Won value']}
        rows={data.campaigns.map((c) => [
          label(c.campaignId),
          c.count,
          percent(c.winRate),
          c.values.map((v) => money(v.value, v.currency)).join(', '),
          c.wonValues.map((v) => money(v.value, v.currency)).join(', ') || '—',
        ])}
      />
    </Card>
  );
}

export function Summary({ data }: { data: Insights }) {
  const items: [string, string, string][] = [
    ['Deals', String(data.total), 'in the period'],
    ['Win rate', percent(data.winRate.rate), `${data.winRate.won} won, ${data.winRate.lost} lost`],
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
