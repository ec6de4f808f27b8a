import ScheduleIcon from '@mui/icons-material/Schedule';
import Chip from '@mui/material/Chip';
import type { ExpirySeverity } from '../../format/expiry';
import { useRowWords } from './rowWords';

const chipColor: Record<ExpirySeverity, 'default' | 'warning' | 'error'> = { normal: 'default', warning: 'warning', error: 'error' };

type Props = { expiresAt: string; now: number };

/** Time left to answer a Received referral: warning-coloured under 3 days, error-coloured under 1 day. */
export function ExpiryChip({ expiresAt, now }: Props) {
  const words = useRowWords();
  const countdown = words.countdown(expiresAt, now);
  return (
    <Chip
      size="small"
      icon={<ScheduleIcon />}
      label={countdown.label}
      color={chipColor[countdown.severity]}
      variant={countdown.severity === 'normal' ? 'outlined' : 'filled'}
      title={words.expiryTitle(expiresAt, countdown.expired)}
      data-severity={countdown.severity}
      sx={{ maxWidth: '100%' }}
    />
  );
}
