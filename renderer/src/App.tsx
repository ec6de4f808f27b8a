import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { AppSnackbar } from './app/AppSnackbar';
import { useAppSelector } from './app/hooks';
import { selectSelectedId } from './app/selectors';
import { DealDetail } from './features/detail/DealDetail';
import { StageFilter } from './features/filters/StageFilter';
import { ReferralList } from './features/list/ReferralList';
import { StatusBar } from './features/status/StatusBar';
import { WorkspaceTabs } from './features/tabs/WorkspaceTabs';

/** The workspace: product bar, tabs and stage filter, the deal list with its detail panel, the status bar. */
export function App() {
  const selectedId = useAppSelector(selectSelectedId);

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <AppBar position="static" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 1.5 }}>
          <HandshakeOutlinedIcon aria-hidden />
          <Typography variant="h1" component="h1">Co-sell Workspace</Typography>
        </Toolbar>
      </AppBar>
      <Box
        component="nav"
        aria-label="Deal lists and filters"
        sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 2, px: 2, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        <WorkspaceTabs />
        <Box sx={{ flex: 1 }} />
        <StageFilter />
      </Box>
      <Box sx={{ flex: 1, minHeight: 0, display: 'flex' }}>
        <Box component="main" sx={{ flex: 1, minWidth: 0 }}>
          <ReferralList />
        </Box>
        {selectedId && <DealDetail key={selectedId} id={selectedId} />}
      </Box>
      <StatusBar />
      <AppSnackbar />
    </Box>
  );
}
