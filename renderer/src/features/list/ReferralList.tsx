import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { errorMessage } from '../../api/baseQuery';
import { useListReferralsInfiniteQuery, useSetFavoriteMutation } from '../../api/workspaceApi';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectFilters, selectIsFiltered, selectListArgs, selectSelectedId, selectStagesOfTab } from '../../app/selectors';
import { useNow } from '../../app/useNow';
import { clearFilters, selectDeal, showNotice } from '../../app/workspaceSlice';
import { tabLabels } from '../../format/labels';
import { tabId, tabPanelId } from '../tabs/WorkspaceTabs';
import { HEADER_HEIGHT, ROW_HEIGHT } from './columns';
import { EmptyState } from './EmptyState';
import { ListHeader } from './ListHeader';
import { ListSkeleton } from './ListSkeleton';
import { ReferralRowView } from './ReferralRowView';
import { RowStyles } from './rowStyles';

/**
 * Ask for the next page while this many loaded rows are still below the viewport (at most half of what is
 * loaded, so the first small page does not fetch the second before anyone scrolls).
 */
const LOAD_AHEAD_ROWS = 200;

/** Set once per page load when the first deal rows are on screen; the UI benchmark measures up to it. */
export const FIRST_ROWS_MARK = 'cosell:first-rows';
let firstRowsMarked = false;

/**
 * The deals of the current tab, filters and sort: pages of 100 from the main process (keyset cursor),
 * accumulated by an RTK Query infinite query, rendered through a virtualizer so 50,000 rows stay fast.
 */
export function ReferralList() {
  const dispatch = useAppDispatch();
  const args = useAppSelector(selectListArgs);
  const selectedId = useAppSelector(selectSelectedId);
  const filtered = useAppSelector(selectIsFiltered);
  const filters = useAppSelector(selectFilters);
  const stages = useAppSelector(selectStagesOfTab);
  const now = useNow();
  const { data, isLoading, isError, error, isFetching, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage, refetch } =
    useListReferralsInfiniteQuery(args);

  const rows = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  const total = data?.pages.at(-1)?.total ?? rows.length;
  const scrollRef = useRef<HTMLDivElement>(null);

  // Sized for every deal the filter matches, not only the loaded pages: the scrollbar tells the truth from
  // the first page on. Rows not loaded yet show as placeholders until their page arrives.
  // The virtualizer is mutable and read during render by design; this component is not compiler-memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: hasNextPage ? Math.max(total, rows.length + 1) : rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    scrollMargin: HEADER_HEIGHT,
    overscan: 6,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastVisible = virtualRows.at(-1)?.index ?? -1;
  const windowTop = (virtualRows[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  // The placeholder that speaks (loading, or why not) is the first one on screen below the sticky header.
  const firstPending = Math.max(rows.length, Math.round((virtualizer.scrollOffset ?? 0) / ROW_HEIGHT));

  useEffect(() => {
    // After a failed page, wait for Try again: retrying on every render would hammer a main process in trouble.
    if (
      hasNextPage &&
      !isFetchingNextPage &&
      !isFetchNextPageError &&
      lastVisible >= rows.length - Math.min(LOAD_AHEAD_ROWS, rows.length / 2)
    )
      void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, lastVisible, rows.length, fetchNextPage]);

  // A new tab, filter or sort starts from the top.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [args]);

  useEffect(() => {
    if (firstRowsMarked || virtualRows.length === 0) return;
    firstRowsMarked = true;
    performance.mark(FIRST_ROWS_MARK);
  }, [virtualRows.length]);

  const onSelect = useCallback((id: string) => dispatch(selectDeal(id)), [dispatch]);
  // One mutation for the whole list (not one per row): the heart flips at once, a refusal flips it back and says why.
  const [setFavorite] = useSetFavoriteMutation();
  const onFavorite = useCallback(
    (id: string, favorite: boolean) => {
      setFavorite({ id, favorite })
        .unwrap()
        .catch((error: unknown) => dispatch(showNotice({ message: errorMessage(error), severity: 'error' })));
    },
    [setFavorite, dispatch],
  );

  // Arrow keys move between rows (Enter opens one); the virtualizer brings the next row into the DOM first.
  const onRowsKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'row') return;
    event.preventDefault();
    const next = Number(target.getAttribute('aria-rowindex')) - 2 + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= rows.length) return;
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[role="row"][aria-rowindex="${next + 2}"]`)?.focus());
  };

  const panel = { id: tabPanelId, role: 'tabpanel', 'aria-labelledby': tabId(args.tab) } as const;
  if (isLoading)
    return (
      <Box {...panel} sx={{ height: '100%' }}>
        <ListSkeleton />
      </Box>
    );
  if (isError && rows.length === 0) {
    return (
      <Box {...panel} sx={{ p: 2 }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              Try again
            </Button>
          }
        >
          {errorMessage(error)}
        </Alert>
      </Box>
    );
  }
  if (rows.length === 0) {
    return (
      <Box {...panel} sx={{ height: '100%' }}>
        <EmptyState tab={args.tab} filtered={filtered} filters={filters} stages={stages} onClear={() => dispatch(clearFilters())} />
      </Box>
    );
  }

  return (
    <Box {...panel} sx={{ height: '100%', display: 'flex', flexDirection: 'column', position: 'relative' }}>
      {isFetching && !isFetchingNextPage && (
        <LinearProgress aria-label="Updating the list" sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 2, height: 2 }} />
      )}
      <RowStyles />
      <Box
        ref={scrollRef}
        role="grid"
        className="deal-grid"
        aria-label={`${tabLabels[args.tab]} deals`}
        aria-rowcount={total + 1}
        aria-busy={isFetching}
        sx={{ flex: 1, minHeight: 0, overflow: 'auto', bgcolor: 'background.paper' }}
      >
        <ListHeader />
        <Box
          role="rowgroup"
          onKeyDown={onRowsKeyDown}
          style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: 'fit-content' }}
        >
          {/*
            The rendered window moves as one block; inside it, the k-th row element always sits k rows down and is
            keyed by k. Scrolling then changes one transform and the rows' contents, never every row's position,
            and creates no elements: far less style work per frame than moving (or remounting) each row.
          */}
          <div
            role="presentation"
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              minWidth: 'fit-content',
              transform: `translateY(${windowTop}px)`,
            }}
          >
            {virtualRows.map((item, k) => {
              const row = rows[item.index];
              const top = item.start - (virtualRows[0]?.start ?? 0);
              if (!row)
                return (
                  <PendingRow
                    key={k}
                    index={item.index}
                    top={top}
                    first={item.index === firstPending}
                    failed={isFetchNextPageError}
                    onRetry={() => void fetchNextPage()}
                  />
                );
              return (
                <ReferralRowView
                  key={k}
                  row={row}
                  index={item.index}
                  top={top}
                  selected={row.id === selectedId}
                  now={now}
                  onSelect={onSelect}
                  onFavorite={onFavorite}
                />
              );
            })}
          </div>
        </Box>
      </Box>
    </Box>
  );
}

type PendingRowProps = { index: number; top: number; first: boolean; failed: boolean; onRetry: () => void };

/** A row whose page has not arrived yet; the first one says so in words (or why it failed), the others are placeholders. */
function PendingRow({ index, top, first, failed, onRetry }: PendingRowProps) {
  return (
    <div
      role="row"
      className="deal-row deal-row--pending"
      data-testid="deal-row-pending"
      aria-rowindex={index + 2}
      aria-busy={!failed}
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="gridcell" className="deal-cell deal-pending-cell">
        {first && failed ? (
          <>
            <span className="deal-muted">More deals could not be loaded.</span>
            <Button size="small" onClick={onRetry}>
              Try again
            </Button>
          </>
        ) : first ? (
          <>
            <CircularProgress size={16} aria-hidden />
            <span className="deal-muted">Loading more deals…</span>
          </>
        ) : (
          <>
            <span className="deal-placeholder" aria-hidden="true" />
            <span className="deal-sr-only">Loading</span>
          </>
        )}
      </div>
    </div>
  );
}
