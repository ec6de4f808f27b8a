import WarningAmberIcon from '@mui/icons-material/WarningAmberOutlined';
import Chip from '@mui/material/Chip';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncStatus } from '../../../../shared/ipc';
import { DialogLoading, LazyBoundary, lazyPanel } from '../../app/lazyPanel';
import { conflictCountText } from './conflictValues';
import { useConflictsQuery } from './syncApi';

/** Loaded when first opened (its own chunk; App preloads it when idle). */
export const ConflictDialog = lazyPanel(() => import('./ConflictDialog').then((m) => m.ConflictDialog));

/** The status bar's "1 conflict needs a decision": opens the conflict dialog for every waiting deal. */
export function ConflictChip({ status }: { status: SyncStatus }) {
  const configured = status.serviceConfigured;
  const { data: conflicts, refetch } = useConflictsQuery(undefined, { skip: !configured });
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);

  // A pass that just ended may have found conflicts, or the service may have settled some: ask again.
  const wasSyncing = useRef(status.syncing);
  useEffect(() => {
    if (wasSyncing.current && !status.syncing && configured) void refetch();
    wasSyncing.current = status.syncing;
  }, [status.syncing, configured, refetch]);

  const n = configured ? (conflicts?.length ?? 0) : 0;
  return (
    <>
      {n > 0 && (
        <Chip
          size="small"
          color="warning"
          icon={<WarningAmberIcon />}
          label={conflictCountText(n)}
          onClick={() => setOpen(true)}
          aria-haspopup="dialog"
          sx={{ fontWeight: 600 }}
        />
      )}
      {open && (
        <LazyBoundary fallback={<DialogLoading />}>
          <ConflictDialog onClose={close} />
        </LazyBoundary>
      )}
    </>
  );
}
