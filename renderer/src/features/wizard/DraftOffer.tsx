import RestoreOutlinedIcon from '@mui/icons-material/RestoreOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import { stepKeys, type WizardDraft } from './wizardForm';

type Props = { draft: WizardDraft; savedAt: string; onContinue: () => void; onStartOver: () => void };

/** Shown when the wizard opens over an unfinished deal: continue it, or start over (the draft is discarded). */
export function DraftOffer({ draft, savedAt, onContinue, onStartOver }: Props) {
  const { t } = useTranslation('wizard');
  const fmt = useFormat();
  const f = draft.form;
  const what = [f.customer.name || f.picked?.name, f.name].filter(Boolean).join(' · ') || t('aNewDeal');
  const time = fmt.dateTime(savedAt);
  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 560, mx: 'auto', mt: 4, textAlign: 'center' }}>
      <RestoreOutlinedIcon color="primary" sx={{ fontSize: 40 }} />
      <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
        {t('unfinished')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
        {what}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
        {t('savedAtStep', { time, step: draft.step + 1, title: t(`step.${stepKeys[draft.step] ?? 'review'}`) })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, justifyContent: 'center', flexWrap: 'wrap' }}>
        <Button variant="contained" onClick={onContinue} autoFocus>
          {t('continueDraft', { time })}
        </Button>
        <Button onClick={onStartOver}>{t('startOver')}</Button>
      </Box>
    </Paper>
  );
}
