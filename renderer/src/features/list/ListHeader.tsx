import Box from '@mui/material/Box';
import TableSortLabel from '@mui/material/TableSortLabel';
import { visuallyHidden } from '../../ui/visuallyHidden';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectSort, selectTab } from '../../app/selectors';
import { sortBy } from '../../app/workspaceSlice';
import { columnsOf, HEADER_HEIGHT, rowLayout } from './columns';
import { useTranslation } from 'react-i18next';

/**
 * The sticky header row; a sortable column says how it is sorted through aria-sort, and the sorted column always
 * shows its arrow (the list is always sorted by one of them).
 */
export function ListHeader() {
  const { t } = useTranslation('list');
  const dispatch = useAppDispatch();
  const sort = useAppSelector(selectSort);
  const columns = columnsOf(useAppSelector(selectTab));

  return (
    <Box
      role="rowgroup"
      sx={{ position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider' }}
    >
      <Box role="row" aria-rowindex={1} sx={{ ...rowLayout, height: HEADER_HEIGHT }}>
        {columns.map((column) => {
          const active = column.sort !== undefined && sort.column === column.sort;
          const ariaSort =
            column.sort === undefined ? undefined : active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
          return (
            <Box
              key={column.key}
              role="columnheader"
              data-col={column.key}
              aria-sort={ariaSort}
              sx={{
                typography: 'caption',
                fontWeight: 600,
                color: 'text.secondary',
                textAlign: column.align ?? 'left',
                whiteSpace: 'nowrap',
              }}
            >
              {column.hideLabel ? (
                <Box component="span" sx={visuallyHidden}>
                  {t(column.label)}
                </Box>
              ) : column.sort ? (
                <TableSortLabel
                  active={active}
                  direction={active ? sort.direction : 'asc'}
                  onClick={() => column.sort && dispatch(sortBy(column.sort))}
                  sx={{ flexDirection: column.align === 'right' ? 'row-reverse' : 'row' }}
                >
                  {t(column.label)}
                </TableSortLabel>
              ) : (
                t(column.label)
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
