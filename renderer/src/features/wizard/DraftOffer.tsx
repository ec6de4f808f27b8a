import RestoreOutlinedIcon from '@mui/icons-material/RestoreOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../format/dates';
import { stepTitles, type WizardDraft } from './wizardForm';

type Props = { draft: WizardDraft; savedAt: string; onContinue: () => void; onStartOver: () => void };

/** Shown when the wizard opens over an unfinished deal: continue it, or start over (the draft is discarded). */
export function DraftOffer({ draft, savedAt, onContinue, onStartOver }: Props) {
  const f = draft.form;
  const what = [f.customer.name || f.picked?.name, f.name].filter(Boolean).join(' · ') || 'A new deal';
  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 560, mx: 'auto', mt: 4, textAlign: 'center' }}>
      <RestoreOutlinedIcon color="primary" sx={{ fontSize: 40 }} />
      <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
        You have an unfinished deal
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
        {what}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
        Saved {formatDateTime(savedAt)}, at step {draft.step + 1}: {stepTitles[draft.step]}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, justifyContent: 'center', flexWrap: 'wrap' }}>
        <Button variant="contained" onClick={onContinue} autoFocus>
          Continue your draft from {formatDateTime(savedAt)}
        </Button>
        <Button onClick={onStartOver}>Start over</Button>
      </Box>
    </Paper>
  );
}
