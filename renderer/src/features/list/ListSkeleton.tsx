import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import { ROW_HEIGHT } from './columns';
import { useTranslation } from 'react-i18next';

/** First page on its way: a thin progress bar and placeholder rows shaped like the real ones. */
export function ListSkeleton() {
  const { t } = useTranslation('list');
  return (
    <Box role="status" aria-label={t('loadingDeals')} aria-busy="true" sx={{ height: '100%', overflow: 'hidden' }}>
      <LinearProgress aria-label={t('loadingDeals')} />
      {Array.from({ length: 10 }, (_, i) => (
        <Box
          key={i}
          sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 2, height: ROW_HEIGHT, borderBottom: 1, borderColor: 'divider' }}
        >
          <Skeleton variant="text" width="28%" />
          <Skeleton variant="text" width="18%" />
          <Skeleton variant="text" width="10%" />
          <Skeleton variant="rounded" width={64} height={22} />
          <Box sx={{ flex: 1 }} />
          <Skeleton variant="circular" width={24} height={24} />
        </Box>
      ))}
    </Box>
  );
}
