import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useCallback, useEffect, useRef } from 'react';
import type { DealType } from '../../../../shared/domain';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectFilters, selectIsFiltered } from '../../app/selectors';
import { clearFilters, setFilter } from '../../app/workspaceSlice';
import { DebouncedTextField } from '../../ui/DebouncedTextField';
import { useTranslation } from 'react-i18next';

/** Search typed into the box reaches the main process (FTS) after this pause. */
export const SEARCH_DEBOUNCE_MS = 150;
const CUSTOMER_DEBOUNCE_MS = 250;

const dateSlots = { inputLabel: { shrink: true } } as const;

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
          if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
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
      <TextField
        size="small"
        type="date"
        label={t('filters.closesFrom')}
        value={filters.closeFrom}
        onChange={(e) => dispatch(setFilter({ closeFrom: e.target.value }))}
        slotProps={dateSlots}
        sx={{ width: 150 }}
      />
      <TextField
        size="small"
        type="date"
        label={t('filters.closesBy')}
        value={filters.closeTo}
        onChange={(e) => dispatch(setFilter({ closeTo: e.target.value }))}
        slotProps={dateSlots}
        sx={{ width: 150 }}
      />
      {filtered && (
        <Button size="small" startIcon={<FilterAltOffOutlinedIcon />} onClick={() => dispatch(clearFilters())}>
          {t('clearFilters')}
        </Button>
      )}
    </Box>
  );
}
