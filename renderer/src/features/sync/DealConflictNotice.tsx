import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useCallback, useState } from 'react';
import { useSyncStatusQuery } from '../../api/workspaceApi';
import { ConflictDialog } from './ConflictDialog';
import { useConflictsQuery } from './syncApi';

/** In the deal's detail: this deal's change waits for the seller's choice; "Choose values" opens the dialog. */
export function DealConflictNotice({ referralId }: { referralId: string }) {
  const { data: status } = useSyncStatusQuery();
  const { data: conflicts } = useConflictsQuery(undefined, { skip: !status?.serviceConfigured });
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  if (!conflicts?.some((c) => c.referralId === referralId)) return null;
  return (
    <>
      <Alert severity="warning" sx={{ mb: 2 }}>
        Changed here and on the referrals service. Your change is not sent until you choose which values to keep.
        <Box sx={{ mt: 1 }}>
          <Button variant="outlined" color="inherit" size="small" onClick={() => setOpen(true)} aria-haspopup="dialog">
            Choose values
          </Button>
        </Box>
      </Alert>
      {open && <ConflictDialog referralId={referralId} onClose={close} />}
    </>
  );
}
