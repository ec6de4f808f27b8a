import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { stageSchema, type Stage } from '../../../../shared/domain';
import type { Tab } from '../../../../shared/ipc';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectStagesOfTab, selectTab } from '../../app/selectors';
import { setStages } from '../../app/workspaceSlice';
import { stageLabels } from '../../format/labels';
import { useListCounts } from '../counts/useListCounts';

/** Outbound deals are ours from the start: none is ever Received, so Outbound offers no such filter. */
export const stagesOf = (tab: Tab): readonly Stage[] =>
  tab === 'outbound' ? stageSchema.options.filter((s) => s !== 'received') : stageSchema.options;

/** Multi-select stage filter for the current tab; nothing pressed shows every stage. Counts as the tabs' (see there). */
export function StageFilter() {
  const dispatch = useAppDispatch();
  const tab = useAppSelector(selectTab);
  const stages = useAppSelector(selectStagesOfTab);
  const { totals: counts, matching } = useListCounts();

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" color="text.secondary" id="stage-filter-label">
        Stage
      </Typography>
      <ToggleButtonGroup
        size="small"
        value={stages}
        onChange={(_e, next: Stage[]) => dispatch(setStages({ tab, stages: next }))}
        aria-labelledby="stage-filter-label"
      >
        {stagesOf(tab).map((stage) => (
          <ToggleButton key={stage} value={stage}>
            {stageLabels[stage]}
            {counts && (
              <Box component="span" aria-hidden sx={{ ml: 0.75, color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
                {matching
                  ? `${matching[tab][stage].toLocaleString()} / ${counts[tab][stage].toLocaleString()}`
                  : counts[tab][stage].toLocaleString()}
              </Box>
            )}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
}
