import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { salesStageSchema, type Referral, type SalesStage } from '../../../../shared/domain';
import { useAct } from './useAct';

/** The optional sales stage of an Accepted deal, saved as soon as one is picked. */
export function SalesStageSelect({ referral }: { referral: Referral }) {
  const { send, busy, serverError } = useAct(referral.id, () => undefined);
  return (
    <TextField
      select
      size="small"
      label="Sales stage"
      value={referral.salesStage ?? ''}
      onChange={(e) =>
        void send({ type: 'setSalesStage', salesStage: e.target.value as SalesStage }, `Sales stage set to ${e.target.value}`)
      }
      disabled={busy}
      error={Boolean(serverError)}
      helperText={serverError ?? undefined}
      sx={{ minWidth: 150 }}
    >
      {!referral.salesStage && (
        <MenuItem value="" disabled>
          Not set
        </MenuItem>
      )}
      {salesStageSchema.options.map((stage) => (
        <MenuItem key={stage} value={stage}>
          {stage}
        </MenuItem>
      ))}
    </TextField>
  );
}
