import AddIcon from '@mui/icons-material/Add';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import InsightsOutlinedIcon from '@mui/icons-material/InsightsOutlined';
import KeyboardOutlinedIcon from '@mui/icons-material/KeyboardOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppSnackbar } from './app/AppSnackbar';
import { useAppDispatch, useAppSelector } from './app/hooks';
import { DialogLoading, LazyBoundary, lazyPanel, useOpenedOnce, usePreloadWhenIdle } from './app/lazyPanel';
import { selectSelectedId } from './app/selectors';
import { setShortcutsOpen, setWizardOpen } from './app/workspaceSlice';
import { ExpirySummary } from './features/counts/ExpirySummary';
import { DetailPanelLoading } from './features/detail/DetailPanelLoading';
import { ListFilters } from './features/filters/ListFilters';
import { NotificationCenter } from './features/notifications/NotificationCenter';
import { StageFilter } from './features/filters/StageFilter';
import { focusList } from './features/list/focusList';
import { FIRST_ROWS_MARK, ReferralList } from './features/list/ReferralList';
import { useShortcuts } from './features/shortcuts/useShortcuts';
import { SettingsButton, SettingsDialog } from './features/settings/SettingsButton';
import { StatusBar, SyncErrorDialog } from './features/status/StatusBar';
import { ConflictDialog } from './features/sync/ConflictChip';
import { WorkspaceTabs } from './features/tabs/WorkspaceTabs';

// Not needed for the first paint: each in its own chunk, loaded when first opened (preloaded when idle).
const DealDetail = lazyPanel(() => import('./features/detail/DealDetail').then((m) => m.DealDetail));
const NewDealWizard = lazyPanel(() => import('./features/wizard/NewDealWizard').then((m) => m.NewDealWizard));
const ShortcutHelpDialog = lazyPanel(() => import('./features/shortcuts/ShortcutHelpDialog').then((m) => m.ShortcutHelpDialog));
const InsightsView = lazyPanel(() => import('./features/insights/InsightsView').then((m) => m.InsightsView));
const preloaded = [DealDetail, NewDealWizard, ShortcutHelpDialog, SettingsDialog, InsightsView, SyncErrorDialog, ConflictDialog];

/** The workspace: product bar, tabs, filters, the deal list with its detail panel, the status bar. */
export function App() {
  const { t } = useTranslation();
  const { t: tInsights } = useTranslation('insights');
  const dispatch = useAppDispatch();
  const selectedId = useAppSelector(selectSelectedId);
  const wizardOpen = useAppSelector((state) => state.workspace.wizardOpen);
  const shortcutsOpened = useOpenedOnce(useAppSelector((state) => state.workspace.shortcutsOpen));
  const [insightsOpen, setInsightsOpen] = useState(false);
  const insightsOpened = useOpenedOnce(insightsOpen);
  const firstRowsShown = useFirstRowsShown();
  usePreloadWhenIdle(firstRowsShown, preloaded);
  useShortcuts();

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <SkipToList />
      <AppBar position="static" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 1.5 }}>
          <HandshakeOutlinedIcon aria-hidden />
          <Typography variant="h1" component="h1" sx={{ flex: 1 }}>
            {t('productName')}
          </Typography>
          <Button
            variant="contained"
            color="inherit"
            startIcon={<AddIcon />}
            onClick={() => dispatch(setWizardOpen(true))}
            aria-keyshortcuts="N"
            sx={{ color: 'primary.main', bgcolor: 'background.paper', '&:hover': { bgcolor: 'background.default' } }}
          >
            {t('newDeal')}
          </Button>
          <Button color="inherit" startIcon={<InsightsOutlinedIcon />} onClick={() => setInsightsOpen(true)}>
            {tInsights('title')}
          </Button>
          <Tooltip title={t('keyboardShortcutsTip')}>
            <IconButton
              color="inherit"
              aria-label={t('keyboardShortcuts')}
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
        aria-label={t('dealLists')}
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
      <ExpirySummary />
      <Box sx={{ flex: 1, minHeight: 0, display: 'flex' }}>
        <Box component="main" sx={{ flex: 1, minWidth: 0 }}>
          <ReferralList />
        </Box>
        {selectedId && (
          <LazyBoundary fallback={<DetailPanelLoading />}>
            <DealDetail key={selectedId} id={selectedId} />
          </LazyBoundary>
        )}
      </Box>
      <StatusBar />
      <AppSnackbar />
      <NotificationCenter />
      {wizardOpen && (
        <LazyBoundary fallback={<DialogLoading />}>
          <NewDealWizard />
        </LazyBoundary>
      )}
      {insightsOpened && (
        <LazyBoundary fallback={<DialogLoading />}>
          <InsightsView open={insightsOpen} onClose={() => setInsightsOpen(false)} />
        </LazyBoundary>
      )}
      {shortcutsOpened && (
        <LazyBoundary fallback={<DialogLoading />}>
          <ShortcutHelpDialog />
        </LazyBoundary>
      )}
    </Box>
  );
}

/** The first Tab stop: straight to the deal list (hidden until it has focus), past the bar, tabs and filters. */
function SkipToList() {
  const { t } = useTranslation();
  return (
    <Box
      component="a"
      href="#deal-list"
      onClick={(event) => {
        event.preventDefault();
        focusList();
      }}
      sx={{
        position: 'absolute',
        left: 8,
        top: -48,
        zIndex: 'tooltip',
        px: 2,
        py: 1,
        borderRadius: 1,
        bgcolor: 'background.paper',
        color: 'primary.main',
        fontWeight: 600,
        boxShadow: 3,
        '&:focus': { top: 8 },
      }}
    >
      {t('skipToList')}
    </Box>
  );
}

/** Whether the list has shown its first rows (the preloads wait for it, so they never slow the first paint). */
function useFirstRowsShown(): boolean {
  const [shown, setShown] = useState(() => performance.getEntriesByName(FIRST_ROWS_MARK, 'mark').length > 0);
  useEffect(() => {
    if (shown) return undefined;
    const timer = setInterval(() => {
      if (performance.getEntriesByName(FIRST_ROWS_MARK, 'mark').length > 0) setShown(true);
    }, 250);
    return () => clearInterval(timer);
  }, [shown]);
  return shown;
}
