import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { setShortcutsOpen } from '../../app/workspaceSlice';
import { shortcutList } from './shortcutKeys';

const keyCap = {
  display: 'inline-block',
  minWidth: 24,
  px: 0.75,
  py: 0.125,
  border: 1,
  borderColor: 'divider',
  borderBottomWidth: 2,
  borderRadius: 1,
  fontFamily: 'inherit',
  fontSize: 12,
  fontWeight: 600,
  textAlign: 'center',
  bgcolor: 'action.hover',
} as const;

/** Every keyboard shortcut (opened with ?). Letters work when focus is not in a text field. */
export function ShortcutHelpDialog() {
  const { t } = useTranslation(['shortcuts', 'common']);
  const dispatch = useAppDispatch();
  const open = useAppSelector((state) => state.workspace.shortcutsOpen);
  const close = () => dispatch(setShortcutsOpen(false));
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="xs" aria-labelledby="shortcuts-title">
      <DialogTitle id="shortcuts-title">{t('common:keyboardShortcuts')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('intro')}
        </Typography>
        <Box
          component="dl"
          sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 1, m: 0, alignItems: 'center' }}
        >
          {shortcutList.map(({ keys, description }) => (
            <Fragment key={description}>
              <Box component="dt" sx={{ display: 'flex', gap: 0.5, alignItems: 'center', whiteSpace: 'nowrap' }}>
                {keys.map((combo, i) => (
                  <Fragment key={combo.join('+')}>
                    {i > 0 && (
                      <Typography component="span" variant="caption" color="text.secondary">
                        {t('or')}
                      </Typography>
                    )}
                    {combo.map((k, j) => (
                      <Fragment key={k}>
                        {j > 0 && (
                          <Typography component="span" variant="caption" aria-hidden>
                            +
                          </Typography>
                        )}
                        <Box component="kbd" sx={keyCap}>
                          {k}
                        </Box>
                      </Fragment>
                    ))}
                  </Fragment>
                ))}
              </Box>
              <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                {t(description)}
              </Typography>
            </Fragment>
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('common:close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
