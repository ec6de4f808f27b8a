import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { stageSchema, type Stage } from '../../../../shared/domain';
import type { Tab } from '../../../../shared/ipc';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectStagesOfTab, selectTab } from '../../app/selectors';
import { setStages } from '../../app/workspaceSlice';
import { useTranslation } from 'react-i18next';
import { useListCounts } from '../counts/useListCounts';

/** Outbound deals are ours from the start: none is ever Received, so Outbound offers no such filter. */
export const stagesOf = (tab: Tab): readonly Stage[] =>
  tab === 'outbound' ? stageSchema.options.filter((s) => s !== 'received') : stageSchema.options;

/** Multi-select stage filter for the current tab; nothing pressed shows every stage. Counts as the tabs' (see there). */
export function StageFilter() {
  const { t, i18n } = useTranslation(['list', 'common']);
  const dispatch = useAppDispatch();
  const tab = useAppSelector(selectTab);
  const stages = useAppSelector(selectStagesOfTab);
  const { totals: counts, matching } = useListCounts();
  const fmtN = (n: number) => n.toLocaleString(i18n.language);

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" color="text.secondary" id="stage-filter-label">
        {t('filters.stage')}
      </Typography>
      <ToggleButtonGroup
        size="small"
        value={stages}
        onChange={(_e, next: Stage[]) => dispatch(setStages({ tab, stages: next }))}
        aria-labelledby="stage-filter-label"
      >
        {stagesOf(tab).map((stage) => (
          <ToggleButton key={stage} value={stage}>
            {t(`common:stage.${stage}`)}
            {counts && (
              <Box component="span" aria-hidden sx={{ ml: 0.75, color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
                {matching
                  ? t('filteredCount', { shown: fmtN(matching[tab][stage]), total: fmtN(counts[tab][stage]) })
                  : fmtN(counts[tab][stage])}
              </Box>
            )}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
}
