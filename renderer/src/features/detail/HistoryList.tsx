import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { HistoryEntry } from '../../../../shared/domain';
import { useFormat } from '../../i18n';
import { describeChanges } from '../../format/historyWords';
import { actionLabel, actorLabel } from '../../format/labels';
import { Section } from './Section';
import { useTranslation } from 'react-i18next';

/** Every change to the deal, newest first: who, when, what changed, and whether the service has it yet. */
export function HistoryList({ history, currency }: { history: readonly HistoryEntry[]; currency: string }) {
  const { t } = useTranslation(['common', 'detail']);
  const fmt = useFormat();
  const entries = [...history].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <Section title={t('detail:section.history')}>
      {entries.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('detail:noHistory')}
        </Typography>
      )}
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.25 }}>
        {entries.map((entry) => (
          <Box component="li" key={entry.id} sx={{ pl: 1.5, borderLeft: 2, borderColor: entry.synced ? 'divider' : 'warning.main' }}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {actionLabel(t, entry.action)}
              </Typography>
              {!entry.synced && <Chip size="small" color="warning" variant="outlined" label={t('syncState.pending')} />}
            </Box>
            <Typography variant="caption" color="text.secondary" component="p">
              {entry.actor ? actorLabel(t, entry.actor) : t('detail:someone')} · <time dateTime={entry.at}>{fmt.dateTime(entry.at)}</time>
            </Typography>
            <ChangeLines lines={describeChanges(t, fmt, entry.changes, currency)} />
          </Box>
        ))}
      </Box>
    </Section>
  );
}

function ChangeLines({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2 }}>
      {lines.map((line, i) => (
        <Typography component="li" variant="caption" key={i}>
          {line}
        </Typography>
      ))}
    </Box>
  );
}
