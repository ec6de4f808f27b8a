import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { salesStageSchema, type Referral, type SalesStage } from '../../../../shared/domain';
import { useAct } from './useAct';
import { useTranslation } from 'react-i18next';

/** The optional sales stage of an Accepted deal, saved as soon as one is picked. */
export function SalesStageSelect({ referral }: { referral: Referral }) {
  const { t } = useTranslation(['detail', 'common']);
  const { send, busy, serverError } = useAct(referral.id, () => undefined);
  return (
    <TextField
      select
      size="small"
      label={t('salesStage')}
      value={referral.salesStage ?? ''}
      onChange={(e) =>
        void send(
          { type: 'setSalesStage', salesStage: e.target.value as SalesStage },
          t('salesStageSet', { stage: t(`common:salesStage.${e.target.value as SalesStage}`) }),
        )
      }
      disabled={busy}
      error={Boolean(serverError)}
      helperText={serverError ?? undefined}
      sx={{ minWidth: 150 }}
    >
      {!referral.salesStage && (
        <MenuItem value="" disabled>
          {t('salesStageNotSet')}
        </MenuItem>
      )}
      {salesStageSchema.options.map((stage) => (
        <MenuItem key={stage} value={stage}>
          {t(`common:salesStage.${stage}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
