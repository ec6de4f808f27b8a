import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import type { ReferralDetail } from '../../../../shared/domain';
import { errorMessage } from '../../api/baseQuery';
import { useGetReferralQuery } from '../../api/workspaceApi';
import { useAppDispatch } from '../../app/hooks';
import { selectDeal } from '../../app/workspaceSlice';
import { FavoriteButton } from '../list/FavoriteButton';
import { DealConflictNotice } from '../sync/DealConflictNotice';
import { DealActions } from './DealActions';
import { DealOverview } from './DealOverview';
import { DealPeople } from './DealPeople';
import { HistoryList } from './HistoryList';
import { useTranslation } from 'react-i18next';

const stageColor = { received: 'info', accepted: 'success', archived: 'default' } as const;

/** The right-hand panel for the selected deal: every field, its people, history and allowed actions. */
export function DealDetail({ id }: { id: string }) {
  const { t } = useTranslation('detail');
  const dispatch = useAppDispatch();
  const { data, error, isLoading } = useGetReferralQuery(id);
  const close = () => dispatch(selectDeal(null));
  // A deal created offline changes id at its first sync; main answers for the old id with the new one.
  const currentId = data?.referral.id;
  useEffect(() => {
    if (currentId && currentId !== id) dispatch(selectDeal(currentId));
  }, [currentId, id, dispatch]);

  return (
    <Box
      component="aside"
      data-testid="deal-detail"
      aria-label={t('panel')}
      sx={{
        // Narrower on a laptop screen (358 px at 1280), so the list keeps the deal names and the Expires countdown.
        width: 'clamp(320px, 28vw, 420px)',
        flexShrink: 0,
        borderLeft: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        overflow: 'auto',
      }}
    >
      <Box sx={{ p: 2.5, pt: 2, position: 'relative' }}>
        <IconButton size="small" aria-label={t('closePanel')} onClick={close} sx={{ position: 'absolute', top: 12, right: 12 }}>
          <CloseIcon fontSize="small" />
        </IconButton>
        {isLoading && <DetailSkeleton />}
        {error && !data && (
          <Alert severity="error" sx={{ mt: 5 }}>
            {errorMessage(error)}
          </Alert>
        )}
        {data && <DetailBody detail={data} />}
      </Box>
    </Box>
  );
}

function DetailBody({ detail }: { detail: ReferralDetail }) {
  const { t } = useTranslation();
  const { referral, stage } = detail;
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5, pr: 4 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="h2" component="h2" sx={{ overflowWrap: 'anywhere' }}>
            {referral.name}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {referral.customerProfile.name}
          </Typography>
        </Box>
        <FavoriteButton id={referral.id} favorite={detail.favorite} size="medium" />
      </Box>
      <Stack direction="row" spacing={1} sx={{ my: 1.5, flexWrap: 'wrap' }}>
        <Chip size="small" label={t(`stage.${stage}`)} color={stageColor[stage]} />
        <Chip
          size="small"
          variant="outlined"
          label={t(`dealType.${detail.dealType}`)}
          color={detail.dealType === 'coSell' ? 'primary' : 'default'}
        />
        {detail.pendingChanges > 0 && <Chip size="small" variant="outlined" color="warning" label={t('syncState.pending')} />}
      </Stack>
      <DealConflictNotice referralId={referral.id} />
      <Box sx={{ mb: 2 }}>
        <DealActions detail={detail} />
      </Box>
      <DealOverview detail={detail} />
      <DealPeople detail={detail} />
      <HistoryList history={detail.history} currency={referral.details.currency} />
    </>
  );
}

function DetailSkeleton() {
  const { t } = useTranslation('detail');
  return (
    <Box aria-busy="true" aria-label={t('loadingDeal')}>
      <Skeleton variant="text" width="70%" height={32} />
      <Skeleton variant="text" width="40%" />
      <Skeleton variant="rounded" height={36} sx={{ my: 2 }} />
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} variant="text" />
      ))}
    </Box>
  );
}
