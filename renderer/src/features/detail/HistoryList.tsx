import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { closeReasonLabels, closeReasonSchema, type HistoryEntry } from '../../../../shared/domain';
import { formatDateTime } from '../../format/dates';
import { actionLabel, fieldLabel } from '../../format/labels';
import { formatChangeValue } from '../../format/values';
import { Section } from './Section';

function changeValue(field: string, value: unknown): string {
  const reason = field === 'statusReason' ? closeReasonSchema.safeParse(value) : null;
  return reason?.success ? closeReasonLabels[reason.data] : formatChangeValue(value);
}

/** Every change to the deal, newest first: who, when, what changed, and whether the service has it yet. */
export function HistoryList({ history }: { history: readonly HistoryEntry[] }) {
  const entries = [...history].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <Section title="History">
      {entries.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No changes recorded yet.
        </Typography>
      )}
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.25 }}>
        {entries.map((entry) => (
          <Box component="li" key={entry.id} sx={{ pl: 1.5, borderLeft: 2, borderColor: entry.synced ? 'divider' : 'warning.main' }}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {actionLabel(entry.action)}
              </Typography>
              {!entry.synced && <Chip size="small" color="warning" variant="outlined" label="Not yet synced" />}
            </Box>
            <Typography variant="caption" color="text.secondary" component="p">
              {entry.actor || 'Someone'} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </Typography>
            {entry.changes.length > 0 && (
              <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2 }}>
                {entry.changes.map((change) => (
                  <Typography component="li" variant="caption" key={change.field}>
                    {fieldLabel(change.field)}: {changeValue(change.field, change.from)} → {changeValue(change.field, change.to)}
                  </Typography>
                ))}
              </Box>
            )}
          </Box>
        ))}
      </Box>
    </Section>
  );
}
