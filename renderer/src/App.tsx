import AddIcon from '@mui/icons-material/Add';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import KeyboardOutlinedIcon from '@mui/icons-material/KeyboardOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { AppSnackbar } from './app/AppSnackbar';
import { useAppDispatch, useAppSelector } from './app/hooks';
import { selectSelectedId } from './app/selectors';
import { setShortcutsOpen, setWizardOpen } from './app/workspaceSlice';
import { DealDetail } from './features/detail/DealDetail';
import { ListFilters } from './features/filters/ListFilters';
import { NotificationCenter } from './features/notifications/NotificationCenter';
import { StageFilter } from './features/filters/StageFilter';
import { ReferralList } from './features/list/ReferralList';
import { ShortcutHelpDialog } from './features/shortcuts/ShortcutHelpDialog';
import { useShortcuts } from './features/shortcuts/useShortcuts';
import { SettingsButton } from './features/settings/SettingsButton';
import { StatusBar } from './features/status/StatusBar';
import { WorkspaceTabs } from './features/tabs/WorkspaceTabs';
import { NewDealWizard } from './features/wizard/NewDealWizard';

/** The workspace: product bar, tabs, filters, the deal list with its detail panel, the status bar. */
export function App() {
  const dispatch = useAppDispatch();
  const selectedId = useAppSelector(selectSelectedId);
  useShortcuts();

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <AppBar position="static" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 1.5 }}>
          <HandshakeOutlinedIcon aria-hidden />
          <Typography variant="h1" component="h1" sx={{ flex: 1 }}>
            Co-sell Workspace
          </Typography>
          <Button
            variant="contained"
            color="inherit"
            startIcon={<AddIcon />}
            onClick={() => dispatch(setWizardOpen(true))}
            aria-keyshortcuts="N"
            sx={{ color: 'primary.main', bgcolor: 'background.paper', '&:hover': { bgcolor: 'background.default' } }}
          >
            New deal
          </Button>
          <Tooltip title="Keyboard shortcuts (?)">
            <IconButton
              color="inherit"
              aria-label="Keyboard shortcuts"
              aria-keyshortcuts="?"
              onClick={() => dispatch(setShortcutsOpen(true))}
            >
              <KeyboardOutlinedIcon />
            </IconButton>
          </Tooltip>
          <SettingsButton />
        </Toolbar>
      </AppBar>
      <Box
        component="nav"
        aria-label="Deal lists"
        sx={{
          display: 'flex',
          alignItems: 'center',
          flexWrap: 'wrap',
          columnGap: 2,
          px: 2,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        <WorkspaceTabs />
        <Box sx={{ flex: 1 }} />
        <StageFilter />
      </Box>
      <ListFilters />
      <Box sx={{ flex: 1, minHeight: 0, display: 'flex' }}>
        <Box component="main" sx={{ flex: 1, minWidth: 0 }}>
          <ReferralList />
        </Box>
        {selectedId && <DealDetail key={selectedId} id={selectedId} />}
      </Box>
      <StatusBar />
      <AppSnackbar />
      <NotificationCenter />
      <NewDealWizard />
      <ShortcutHelpDialog />
    </Box>
  );
}
