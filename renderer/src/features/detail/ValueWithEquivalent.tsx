import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ReferralDetail } from '../../../../shared/domain';
import { useFormat } from '../../i18n';

/** The deal's own amount, and beside it its US-dollar equivalent (what sorting by value compares) with the rates' date. */
export function ValueWithEquivalent({ detail }: { detail: ReferralDetail }) {
  const { t } = useTranslation('values');
  const fmt = useFormat();
  const { dealValue, currency } = detail.referral.details;
  const eq = detail.valueEquivalent;
  return (
    <>
      {fmt.money(dealValue, currency)}
      {eq && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }} title={eq.rates.source}>
          {t('equivalent', { amount: fmt.money(eq.amount, eq.currency), date: fmt.closeDate(eq.rates.date) })}
        </Typography>
      )}
    </>
  );
}
