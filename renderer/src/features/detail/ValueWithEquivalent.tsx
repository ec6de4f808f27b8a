import Typography from '@mui/material/Typography';
import type { ReferralDetail } from '../../../../shared/domain';
import { formatCloseDate } from '../../format/dates';
import { formatMoney } from '../../format/money';

export const equivalentWords = {
  /** "≈ $1,706,521.18 at the rates of Nov 30, 2026": what the list sorts by, and how old the rates are. */
  equivalent: (amount: string, date: string) => `≈ ${amount} at the rates of ${date}`,
};

/** The deal's own amount, and beside it its US-dollar equivalent (what sorting by value compares) with the rates' date. */
export function ValueWithEquivalent({ detail }: { detail: ReferralDetail }) {
  const { dealValue, currency } = detail.referral.details;
  const eq = detail.valueEquivalent;
  return (
    <>
      {formatMoney(dealValue, currency)}
      {eq && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }} title={eq.rates.source}>
          {equivalentWords.equivalent(formatMoney(eq.amount, eq.currency), formatCloseDate(eq.rates.date))}
        </Typography>
      )}
    </>
  );
}
