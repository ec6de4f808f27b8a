import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef } from 'react';
import type { DealType } from '../../../../shared/domain';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectFilters, selectIsFiltered } from '../../app/selectors';
import { clearFilters, setFilter, showNotice, type Filters } from '../../app/workspaceSlice';
import { DateInput } from '../../ui/DateInput';
import { DebouncedTextField } from '../../ui/DebouncedTextField';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../export/ExportButton';
import { focusList } from '../list/focusList';
import { OtherTabMatches } from './OtherTabMatches';

/** A close-date range whose start is after its end matches nothing: said as such, not as "no deals match". */
export const datesReversed = (f: Pick<Filters, 'closeFrom' | 'closeTo'>): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(f.closeFrom) && /^\d{4}-\d{2}-\d{2}$/.test(f.closeTo) && f.closeFrom > f.closeTo;

/** Search typed into the box reaches the main process (FTS) after this pause. */
export const SEARCH_DEBOUNCE_MS = 150;
const CUSTOMER_DEBOUNCE_MS = 250;

/** Clear filters, undoable: the snackbar's Undo puts back every filter and stage selection it removed. */
export function useClearFilters(): () => void {
  const { t } = useTranslation('list');
  const dispatch = useAppDispatch();
  const filters = useAppSelector(selectFilters);
  const stages = useAppSelector((state) => state.workspace.stages);
  return () => {
    dispatch(clearFilters());
    dispatch(showNotice({ message: t('filtersCleared'), severity: 'info', undo: { kind: 'filters', filters, stages } }));
  };
}

/**
 * Instant search across deal name, customer, notes, CRM ID and campaign ID, and filters for type, customer
 * and close-date range. The filters apply to every tab; Clear filters also clears the tab's stage filter.
 */
export function ListFilters() {
  const { t } = useTranslation(['list', 'common']);
  const dispatch = useAppDispatch();
  const filters = useAppSelector(selectFilters);
  const filtered = useAppSelector(selectIsFiltered);
  const searchFocus = useAppSelector((state) => state.workspace.searchFocus);
  const searchRef = useRef<HTMLInputElement>(null);
  const reversed = datesReversed(filters);
  const clear = useClearFilters();

  useEffect(() => {
    if (searchFocus === 0) return;
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [searchFocus]);

  const commitSearch = useCallback((search: string) => dispatch(setFilter({ search })), [dispatch]);
  const commitCustomer = useCallback((customer: string) => dispatch(setFilter({ customer })), [dispatch]);

  return (
    <Box
      role="search"
      aria-label={t('filters.label')}
      sx={{
        display: 'flex',
        alignItems: 'center',
        flexWrap: 'wrap',
        gap: 1.5,
        px: 2,
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    >
      <DebouncedTextField
        inputRef={searchRef}
        value={filters.search}
        onCommit={commitSearch}
        delayMs={SEARCH_DEBOUNCE_MS}
        size="small"
        type="search"
        placeholder={t('filters.searchPlaceholder')}
        onKeyDown={(e) => {
          // Esc leaves the search for the list, where the arrow keys move between deals.
          if (e.key === 'Escape' && !focusList()) (e.target as HTMLInputElement).blur();
        }}
        slotProps={{
          htmlInput: { 'aria-label': t('filters.search'), 'aria-keyshortcuts': 'Control+F /' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
        sx={{ flex: '1 1 280px', maxWidth: 420 }}
      />
      <TextField
        select
        size="small"
        label={t('filters.type')}
        value={filters.dealType}
        onChange={(e) => dispatch(setFilter({ dealType: e.target.value as DealType | '' }))}
        sx={{ width: 130 }}
      >
        <MenuItem value="">{t('filters.allTypes')}</MenuItem>
        <MenuItem value="coSell">{t('common:dealType.coSell')}</MenuItem>
        <MenuItem value="privatePipeline">{t('common:dealType.privatePipeline')}</MenuItem>
      </TextField>
      <DebouncedTextField
        value={filters.customer}
        onCommit={commitCustomer}
        delayMs={CUSTOMER_DEBOUNCE_MS}
        size="small"
        label={t('filters.customer')}
        sx={{ width: 170 }}
      />
      <DateInput
        label={t('filters.closesFrom')}
        error={reversed}
        value={filters.closeFrom}
        onChange={(closeFrom) => dispatch(setFilter({ closeFrom }))}
        sx={{ width: 160 }}
      />
      <DateInput
        label={t('filters.closesBy')}
        error={reversed}
        value={filters.closeTo}
        onChange={(closeTo) => dispatch(setFilter({ closeTo }))}
        sx={{ width: 160 }}
      />
      {filters.expiring && (
        <Chip
          size="small"
          color="warning"
          label={t(`filters.expiring.${filters.expiring}`)}
          onDelete={() => dispatch(setFilter({ expiring: '', expiresBefore: '' }))}
        />
      )}
      {filtered && (
        <Button size="small" startIcon={<FilterAltOffOutlinedIcon />} onClick={clear}>
          {t('clearFilters')}
        </Button>
      )}
      <Box sx={{ flex: 1 }} />
      <ExportButton />
      {reversed && (
        <Box role="alert" sx={{ display: 'flex', alignItems: 'center', gap: 1, flexBasis: '100%' }}>
          <Typography variant="body2" color="error">
            {t('filters.reversedDates')}
          </Typography>
          <Button size="small" onClick={() => dispatch(setFilter({ closeFrom: filters.closeTo, closeTo: filters.closeFrom }))}>
            {t('filters.swapDates')}
          </Button>
        </Box>
      )}
      <OtherTabMatches />
    </Box>
  );
}
