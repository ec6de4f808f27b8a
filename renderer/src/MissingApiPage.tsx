import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

/** Shown instead of the workspace when no transport defined window.api (e.g. the page opened in a plain browser). */
export function MissingApiPage() {
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3, bgcolor: 'background.default' }}>
      <Paper variant="outlined" role="alert" sx={{ maxWidth: 560, p: 4, textAlign: 'center' }}>
        <ReportProblemOutlinedIcon color="warning" sx={{ fontSize: 48, mb: 1 }} />
        <Typography variant="h2" component="h1" gutterBottom>
          Co-sell Workspace cannot start here
        </Typography>
        <Typography variant="body1" color="text.secondary">
          This page must be opened from the Co-sell Workspace app or its web host (npm run web).
        </Typography>
      </Paper>
    </Box>
  );
}
