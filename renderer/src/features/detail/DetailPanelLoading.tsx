import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useTranslation } from 'react-i18next';

/**
 * The deal panel's frame while its code loads (the first time a deal is opened, if the idle preload has not
 * fetched it yet): the same box and skeleton the panel shows while the deal itself loads, so nothing jumps.
 */
export function DetailPanelLoading() {
  const { t } = useTranslation('detail');
  return (
    <Box
      component="aside"
      aria-label={t('panel')}
      aria-busy="true"
      sx={{ width: { xs: 340, lg: 400 }, flexShrink: 0, borderLeft: 1, borderColor: 'divider', bgcolor: 'background.paper', p: 2.5, pt: 7 }}
    >
      <Skeleton variant="text" width="70%" height={32} />
      <Skeleton variant="text" width="40%" />
      <Skeleton variant="rounded" height={36} sx={{ my: 2 }} />
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} variant="text" />
      ))}
    </Box>
  );
}
