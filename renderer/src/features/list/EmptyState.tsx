import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import SearchOffOutlinedIcon from '@mui/icons-material/SearchOffOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../shared/domain';
import type { Tab } from '../../../../shared/ipc';
import type { Filters } from '../../app/workspaceSlice';
import { formatCloseDate } from '../../format/dates';
import { dealTypeLabels, stageLabels, tabLabels } from '../../format/labels';
import { datesReversed, REVERSED_DATES } from '../filters/ListFilters';

const sentences: Record<Tab, string> = {
  inbound: 'Referrals that Microsoft sellers and partners send you will appear here.',
  outbound: 'Deals you create and share with Microsoft or partners will appear here.',
  favorites: 'Click the heart on a deal to keep it here.',
};

/** "No Received deals match “contoso”, co-sell, closing by 1 Mar 2026": what narrowed the list, in words. */
export function describeFilters(filters: Filters, stages: readonly Stage[]): string {
  const parts: string[] = [];
  const date = (d: string) => formatCloseDate(`${d}T00:00:00.000Z`);
  if (filters.search.trim()) parts.push(`“${filters.search.trim()}”`);
  if (filters.dealType) parts.push(dealTypeLabels[filters.dealType].toLowerCase());
  if (filters.customer.trim()) parts.push(`customer “${filters.customer.trim()}”`);
  if (filters.closeFrom && filters.closeTo) parts.push(`closing between ${date(filters.closeFrom)} and ${date(filters.closeTo)}`);
  else if (filters.closeFrom) parts.push(`closing on or after ${date(filters.closeFrom)}`);
  else if (filters.closeTo) parts.push(`closing by ${date(filters.closeTo)}`);
  if (filters.expiring) parts.push(filters.expiring === 'today' ? 'expiring today' : 'expiring this week');
  const which = stages.length > 0 ? `${stages.map((s) => stageLabels[s]).join(' or ')} deals` : 'deals';
  return parts.length > 0 ? `No ${which} match ${parts.join(', ')}` : `No ${which} here`;
}

type Props = { tab: Tab; filtered: boolean; filters: Filters; stages: readonly Stage[]; onClear: () => void };

/** An empty tab says what will appear there; an empty filtered list says which filters hide everything. */
export function EmptyState({ tab, filtered, filters, stages, onClear }: Props) {
  const { t } = useTranslation('localOnly');
  const Icon = filtered ? SearchOffOutlinedIcon : InboxOutlinedIcon;
  return (
    <Box
      role="status"
      sx={{
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 1,
        p: 4,
        textAlign: 'center',
      }}
    >
      <Icon sx={{ fontSize: 48, color: 'text.disabled' }} />
      {filtered ? (
        <>
          <Typography variant="h2" component="p">
            {datesReversed(filters) ? REVERSED_DATES : describeFilters(filters, stages)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Nothing in {tabLabels[tab]} matches. Clear the filters to see every deal.
          </Typography>
          <Button variant="outlined" startIcon={<FilterAltOffOutlinedIcon />} onClick={onClear} sx={{ mt: 1 }}>
            Clear filters
          </Button>
        </>
      ) : (
        <>
          <Typography variant="h2" component="p">
            No deals here yet
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {sentences[tab]}
          </Typography>
          {tab === 'favorites' && (
            <Typography variant="caption" color="text.secondary">
              {t('favorite')}
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}
