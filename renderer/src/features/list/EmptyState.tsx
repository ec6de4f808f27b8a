import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import SearchOffOutlinedIcon from '@mui/icons-material/SearchOffOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../shared/domain';
import type { Tab } from '../../../../shared/ipc';
import type { Filters } from '../../app/workspaceSlice';
import type { Formatter } from '../../../../shared/i18n';
import { useFormat } from '../../i18n';
import { datesReversed } from '../filters/ListFilters';

/** "No Received deals match “contoso”, co-sell, closing by 1 Mar 2026": what narrowed the list, in words. */
export function describeFilters(t: TFunction<['list', 'common']>, fmt: Formatter, filters: Filters, stages: readonly Stage[]): string {
  const parts: string[] = [];
  const date = (d: string) => fmt.closeDate(`${d}T00:00:00.000Z`);
  if (filters.search.trim()) parts.push(t('empty.search', { text: filters.search.trim() }));
  if (filters.dealType) parts.push(t(`common:dealType.${filters.dealType}`).toLowerCase());
  if (filters.customer.trim()) parts.push(t('empty.customer', { text: filters.customer.trim() }));
  if (filters.closeFrom && filters.closeTo)
    parts.push(t('empty.closingBetween', { from: date(filters.closeFrom), to: date(filters.closeTo) }));
  else if (filters.closeFrom) parts.push(t('empty.closingFrom', { date: date(filters.closeFrom) }));
  else if (filters.closeTo) parts.push(t('empty.closingBy', { date: date(filters.closeTo) }));
  if (filters.expiring) parts.push(t(`empty.expiring.${filters.expiring}`));
  const stageNames = new Intl.ListFormat(fmt.locale, { type: 'disjunction' }).format(stages.map((s) => t(`common:stage.${s}`)));
  if (parts.length === 0) return stages.length > 0 ? t('empty.noStage', { stages: stageNames }) : t('empty.none');
  const joined = parts.join(', ');
  return stages.length > 0 ? t('empty.noStageMatch', { stages: stageNames, parts: joined }) : t('empty.noneMatch', { parts: joined });
}

type Props = { tab: Tab; filtered: boolean; filters: Filters; stages: readonly Stage[]; onClear: () => void };

/** An empty tab says what will appear there; an empty filtered list says which filters hide everything. */
export function EmptyState({ tab, filtered, filters, stages, onClear }: Props) {
  const { t } = useTranslation(['list', 'common', 'localOnly']);
  const fmt = useFormat();
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
            {/* The filters' alert above says why (with its Swap button): said once, not again here. */}
            {datesReversed(filters) ? t('empty.reversedRange') : describeFilters(t, fmt, filters, stages)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('empty.nothingMatches', { tab: t(`common:tab.${tab}`) })}
          </Typography>
          <Button variant="outlined" startIcon={<FilterAltOffOutlinedIcon />} onClick={onClear} sx={{ mt: 1 }}>
            {t('clearFilters')}
          </Button>
        </>
      ) : (
        <>
          <Typography variant="h2" component="p">
            {t('empty.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t(`empty.${tab}`)}
          </Typography>
          {tab === 'favorites' && (
            <Typography variant="caption" color="text.secondary">
              {t('localOnly:favorite')}
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}
