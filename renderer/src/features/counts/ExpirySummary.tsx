import AlarmOutlinedIcon from '@mui/icons-material/AlarmOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useCountsQuery } from '../../api/workspaceApi';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { useNow } from '../../app/useNow';
import { showExpiring } from '../../app/workspaceSlice';
import { expiryWindows } from './expiryWindows';

/**
 * What needs action first, on opening: how many Received referrals expire today and this week (the next 7
 * days), each a button that filters the list to them. Shown on Inbound while any expire this week.
 */
export function ExpirySummary() {
  const { t } = useTranslation('list');
  const dispatch = useAppDispatch();
  const tab = useAppSelector((state) => state.workspace.tab);
  const active = useAppSelector((state) => state.workspace.filters.expiring);
  // The windows move at midnight: the day is what the arguments depend on, so they stay one cache entry all day.
  const windows = expiryWindows(useNow());
  const { data: today } = useCountsQuery({ expiresBefore: windows.today });
  const { data: week } = useCountsQuery({ expiresBefore: windows.week });
  if (tab !== 'inbound' || !today || !week || week.inbound.received === 0) return null;
  const nToday = today.inbound.received;
  const nWeek = week.inbound.received;

  return (
    <Box
      role="region"
      aria-label={t('expiry.region')}
      sx={{
        display: 'flex',
        alignItems: 'center',
        flexWrap: 'wrap',
        gap: 1,
        px: 2,
        py: 0.5,
        bgcolor: 'background.paper',
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <AlarmOutlinedIcon fontSize="small" color={nToday > 0 ? 'error' : 'warning'} aria-hidden />
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {nToday > 0 ? t('expiry.today', { count: nToday }) : t('expiry.noneToday')}
        {t('expiry.week', { count: nWeek })}
      </Typography>
      {nToday > 0 && (
        <Button
          size="small"
          variant={active === 'today' ? 'contained' : 'outlined'}
          color="error"
          aria-pressed={active === 'today'}
          onClick={() => dispatch(showExpiring({ window: 'today', before: windows.today }))}
        >
          {t('expiry.showToday', { count: nToday })}
        </Button>
      )}
      <Button
        size="small"
        variant={active === 'week' ? 'contained' : 'outlined'}
        aria-pressed={active === 'week'}
        onClick={() => dispatch(showExpiring({ window: 'week', before: windows.week }))}
      >
        {t('expiry.showWeek', { count: nWeek })}
      </Button>
    </Box>
  );
}
