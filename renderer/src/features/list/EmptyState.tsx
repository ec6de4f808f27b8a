import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Tab } from '../../../../shared/ipc';

const sentences: Record<Tab, string> = {
  inbound: 'Referrals that Microsoft sellers and partners send you will appear here.',
  outbound: 'Deals you create and share with Microsoft or partners will appear here.',
  favorites: 'Click the heart on a deal to keep it here.',
};

type Props = { tab: Tab; filtered: boolean };

export function EmptyState({ tab, filtered }: Props) {
  return (
    <Box role="status" sx={{ height: '100%', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 1, p: 4, textAlign: 'center' }}>
      <InboxOutlinedIcon sx={{ fontSize: 48, color: 'text.disabled' }} />
      <Typography variant="h2" component="p">No deals here yet</Typography>
      <Typography variant="body2" color="text.secondary">{sentences[tab]}</Typography>
      {filtered && (
        <Typography variant="body2" color="text.secondary">Only the selected stages are shown: clear the stage filter to see every stage.</Typography>
      )}
    </Box>
  );
}
