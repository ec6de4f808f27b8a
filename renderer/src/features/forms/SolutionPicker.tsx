import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { solutionKindSchema, type Solution } from '../../../../shared/domain';
import { errorMessage } from '../../api/baseQuery';
import { useListSolutionsQuery } from '../../api/workspaceApi';
import { useTranslation } from 'react-i18next';

type Props = { value: readonly Solution[]; onChange: (next: Solution[]) => void; error?: string };

/** The solutions catalog (synced, cached offline) in its three groups; tick at least one. */
export function SolutionPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation('forms');
  const { data, isLoading, error: loadError } = useListSolutionsQuery();
  const picked = new Set(value.map((s) => s.id));
  const toggle = (solution: Solution, on: boolean) => onChange(on ? [...value, solution] : value.filter((s) => s.id !== solution.id));

  if (isLoading)
    return (
      <Box aria-busy="true" aria-label={t('loadingSolutions')}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} height={32} />
        ))}
      </Box>
    );
  if (loadError) return <Alert severity="error">{errorMessage(loadError)}</Alert>;
  const catalog = data ?? [];
  if (catalog.length === 0) return <Alert severity="warning">{t('catalogEmpty')}</Alert>;

  return (
    <Box>
      {error && (
        <Alert severity="error" sx={{ mb: 1.5 }}>
          {error}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} role="status">
        {value.length === 0 ? t('nonePicked') : t('picked', { count: value.length, names: value.map((s) => s.name).join(', ') })}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
        {solutionKindSchema.options.map((kind) => {
          const group = catalog.filter((s) => s.kind === kind);
          if (group.length === 0) return null;
          const labelId = `solution-group-${kind}`;
          return (
            <Box
              key={kind}
              component="fieldset"
              aria-labelledby={labelId}
              sx={{ border: 1, borderColor: 'divider', borderRadius: 1, m: 0, px: 1.5, py: 1, minWidth: 0 }}
            >
              <FormLabel id={labelId} component="legend" sx={{ px: 0.5, fontWeight: 600, fontSize: 13 }}>
                {t(`solutions.${kind}`)}
              </FormLabel>
              <FormGroup>
                {group.map((s) => (
                  <FormControlLabel
                    key={s.id}
                    sx={{ alignItems: 'flex-start', mr: 0, mb: 0.5 }}
                    control={
                      <Checkbox size="small" checked={picked.has(s.id)} onChange={(e) => toggle(s, e.target.checked)} sx={{ mt: -0.25 }} />
                    }
                    label={
                      <Box component="span" sx={{ display: 'block', pt: 0.5, lineHeight: 1.3 }}>
                        <Typography variant="body2" component="span" sx={{ display: 'block', lineHeight: 1.3 }}>
                          {s.name}
                        </Typography>
                        <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block', lineHeight: 1.3 }}>
                          {s.publisher}
                          {s.registrationEligible && (
                            <Chip
                              component="span"
                              label={t('registration')}
                              size="small"
                              variant="outlined"
                              sx={{ ml: 0.75, height: 18, fontSize: 11 }}
                            />
                          )}
                        </Typography>
                      </Box>
                    }
                  />
                ))}
              </FormGroup>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
