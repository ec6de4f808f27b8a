import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { Tab } from '../../../../shared/ipc';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectTab } from '../../app/selectors';
import { setTab } from '../../app/workspaceSlice';
import { useTranslation } from 'react-i18next';
import { countInStages, useListCounts } from '../counts/useListCounts';

const order: Tab[] = ['inbound', 'outbound', 'favorites'];

/**
 * A search looks in the current tab; when other tabs hold matches too, "4 matches in Outbound", one click to go
 * there (with that tab's own stage selection, as its count says).
 */
export function OtherTabMatches() {
  const { t } = useTranslation(['list', 'common']);
  const dispatch = useAppDispatch();
  const tab = useAppSelector(selectTab);
  const search = useAppSelector((state) => state.workspace.filters.search.trim());
  const stages = useAppSelector((state) => state.workspace.stages);
  const { matching } = useListCounts();
  if (!search || !matching) return null;
  const others = order.filter((o) => o !== tab).map((o) => ({ tab: o, n: countInStages(matching, o, stages[o]) }));
  const shown = others.filter((o) => o.n > 0);
  if (shown.length === 0) return null;
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary">
        {t('otherTabs.also')}
      </Typography>
      {shown.map((o) => (
        <Button key={o.tab} size="small" onClick={() => dispatch(setTab(o.tab))} sx={{ textTransform: 'none' }}>
          {t('otherTabs.matches', { count: o.n, tab: t(`common:tab.${o.tab}`) })}
        </Button>
      ))}
    </Box>
  );
}
