import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { stageSchema, type Stage } from '../../../../shared/domain';
import { useCountsQuery } from '../../api/workspaceApi';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectStagesOfTab, selectTab } from '../../app/selectors';
import { setStages } from '../../app/workspaceSlice';
import { useTranslation } from 'react-i18next';

/** Multi-select stage filter for the current tab; nothing pressed shows every stage. */
export function StageFilter() {
  const { t, i18n } = useTranslation(['list', 'common']);
  const dispatch = useAppDispatch();
  const tab = useAppSelector(selectTab);
  const stages = useAppSelector(selectStagesOfTab);
  const { data: counts } = useCountsQuery();

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
        {stageSchema.options.map((stage) => (
          <ToggleButton key={stage} value={stage}>
            {t(`common:stage.${stage}`)}
            {counts && (
              <Box component="span" aria-hidden sx={{ ml: 0.75, color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
                {counts[tab][stage].toLocaleString(i18n.language)}
              </Box>
            )}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
}
