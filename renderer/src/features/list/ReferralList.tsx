import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { errorMessage } from '../../api/baseQuery';
import { useSetFavoriteMutation } from '../../api/workspaceApi';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectFilters, selectIsFiltered, selectListArgs, selectSelectedId, selectSort, selectStagesOfTab } from '../../app/selectors';
import { useNow } from '../../app/useNow';
import { selectDeal, showNotice } from '../../app/workspaceSlice';
import { useClearFilters } from '../filters/ListFilters';
import { tabId, tabPanelId } from '../tabs/WorkspaceTabs';
import { useElementWidth } from '../../ui/useElementWidth';
import { gridTemplateOf, HEADER_HEIGHT, hiddenAt, ROW_HEIGHT } from './columns';
import { EmptyState } from './EmptyState';
import { ListHeader } from './ListHeader';
import { ListSkeleton } from './ListSkeleton';
import { ReferralRowView } from './ReferralRowView';
import { RowStyles } from './rowStyles';
import { useListBlocks, useShownList } from './useListBlocks';
import { useTranslation } from 'react-i18next';
import { useRowWords } from './rowWords';

/** Set once per page load when the first deal rows are on screen; the UI benchmark measures up to it. */
export const FIRST_ROWS_MARK = 'cosell:first-rows';
let firstRowsMarked = false;

/**
 * The deals of the current tab, filters and sort, rendered through a virtualizer so 100,000 rows stay fast. The
 * grid is sized for every matching deal; the rows on screen are read from the main process in blocks by row
 * number (useListBlocks), so dragging the scrollbar anywhere shows real rows at once, without reading the rows
 * in between. Rows whose block has not arrived yet show as placeholders.
 */
export function ReferralList() {
  const { t } = useTranslation(['list', 'common']);
  // Handed to every placeholder row: a row mounted while scrolling subscribes to nothing of its own.
  const pendingWords = useMemo<PendingWords>(
    () => ({ loadFailed: t('loadFailed'), tryAgain: t('tryAgain'), loadingMore: t('loadingMore'), loading: t('common:loading') }),
    [t],
  );
  const rowWords = useRowWords();
  const dispatch = useAppDispatch();
  const args = useAppSelector(selectListArgs);
  const selectedId = useAppSelector(selectSelectedId);
  const filtered = useAppSelector(selectIsFiltered);
  const filters = useAppSelector(selectFilters);
  const stages = useAppSelector(selectStagesOfTab);
  const now = useNow();
  const clear = useClearFilters();
  const [shown, setShown] = useShownList(args);
  const total = shown.total;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [measureRef, listWidth] = useElementWidth();
  const gridRef = useCallback(
    (element: HTMLDivElement | null) => {
      scrollRef.current = element;
      measureRef(element);
    },
    [measureRef],
  );
  const sort = useAppSelector(selectSort);
  // On a narrow list (a laptop with the detail open) the least needed columns give way: the name and Expires stay.
  const hidden = hiddenAt(listWidth, sort.column);

  // The virtualizer is mutable and read during render by design; this component is not compiler-memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    scrollMargin: HEADER_HEIGHT,
    overscan: 6,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const view = { first: virtualRows[0]?.index ?? 0, last: virtualRows.at(-1)?.index ?? 0, scrolling: virtualizer.isScrolling };
  const blocks = useListBlocks(args, shown, setShown, view);
  const windowTop = (virtualRows[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  // The placeholder that speaks (loading, or why not) is the first one on screen below the sticky header.
  const firstPending = virtualRows.find((item) => !blocks.rowAt(item.index))?.index ?? -1;

  // A new tab, filter or sort starts from the top.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [args]);

  const anyRowShown = virtualRows.some((item) => blocks.rowAt(item.index) !== undefined);
  useEffect(() => {
    if (firstRowsMarked || !anyRowShown) return;
    firstRowsMarked = true;
    performance.mark(FIRST_ROWS_MARK);
  }, [anyRowShown]);

  const onSelect = useCallback((id: string) => dispatch(selectDeal(id)), [dispatch]);
  // One mutation for the whole list (not one per row): the heart flips at once, a refusal flips it back and says why.
  const [setFavorite] = useSetFavoriteMutation();
  const onFavorite = useCallback(
    (id: string, favorite: boolean) => {
      setFavorite({ id, favorite })
        .unwrap()
        .then(
          () => favorite || dispatch(showNotice({ message: t('common:favorite.removed'), undo: { kind: 'favorite', id, favorite: true } })),
        )
        .catch((error: unknown) => dispatch(showNotice({ message: errorMessage(error), severity: 'error' })));
    },
    [setFavorite, dispatch, t],
  );

  // Arrow keys move between rows (Enter opens one); the virtualizer brings the next row into the DOM first.
  const onRowsKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'row') return;
    event.preventDefault();
    const next = Number(target.getAttribute('aria-rowindex')) - 2 + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= (total ?? 0)) return;
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[role="row"][aria-rowindex="${next + 2}"]`)?.focus());
  };

  const panel = { id: tabPanelId, role: 'tabpanel', 'aria-labelledby': tabId(args.tab) } as const;
  if (blocks.error !== undefined) {
    return (
      <Box {...panel} sx={{ p: 2 }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => blocks.retry(0)}>
              {t('tryAgain')}
            </Button>
          }
        >
          {errorMessage(blocks.error)}
        </Alert>
      </Box>
    );
  }
  if (total === undefined)
    return (
      <Box {...panel} sx={{ height: '100%' }}>
        <ListSkeleton />
      </Box>
    );
  if (total === 0) {
    return (
      <Box {...panel} sx={{ height: '100%' }}>
        {/* The skip link's target when there are no rows: what the empty list says, and its Clear filters. */}
        <Box id="deal-list" tabIndex={-1} sx={{ height: '100%', outline: 'none' }}>
          <EmptyState tab={args.tab} filtered={filtered} filters={filters} stages={stages} onClear={clear} />
        </Box>
      </Box>
    );
  }

  return (
    <Box {...panel} sx={{ height: '100%', display: 'flex', flexDirection: 'column', position: 'relative' }}>
      {blocks.updating && (
        <LinearProgress aria-label={t('updating')} sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 2, height: 2 }} />
      )}
      <RowStyles />
      <Box
        ref={gridRef}
        role="grid"
        id="deal-list"
        tabIndex={-1}
        className="deal-grid"
        data-hide={hidden.join(' ')}
        style={{ ['--deal-columns' as string]: gridTemplateOf(args.tab, hidden) }}
        aria-label={t('gridLabel', { tab: t(`common:tab.${args.tab}`) })}
        aria-rowcount={total + 1}
        aria-busy={blocks.updating}
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
              const row = blocks.rowAt(item.index);
              const top = item.start - (virtualRows[0]?.start ?? 0);
              if (!row)
                return (
                  <PendingRow
                    key={k}
                    index={item.index}
                    top={top}
                    first={item.index === firstPending}
                    failed={blocks.failedAt(item.index)}
                    onRetry={blocks.retry}
                    words={pendingWords}
                  />
                );
              return (
                <ReferralRowView
                  key={k}
                  row={row}
                  tab={args.tab}
                  index={item.index}
                  top={top}
                  selected={row.id === selectedId}
                  now={now}
                  words={rowWords}
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

type PendingWords = { loadFailed: string; tryAgain: string; loadingMore: string; loading: string };
type PendingRowProps = {
  index: number;
  top: number;
  first: boolean;
  failed: boolean;
  onRetry: (index: number) => void;
  words: PendingWords;
};

/** A row whose page has not arrived yet; the first one says so in words (or why it failed), the others are placeholders. */
const PendingRow = memo(function PendingRow({ index, top, first, failed, onRetry, words }: PendingRowProps) {
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
            <span className="deal-muted">{words.loadFailed}</span>
            <Button size="small" onClick={() => onRetry(index)}>
              {words.tryAgain}
            </Button>
          </>
        ) : first ? (
          <>
            <CircularProgress size={16} aria-hidden />
            <span className="deal-muted">{words.loadingMore}</span>
          </>
        ) : (
          <>
            <span className="deal-placeholder" aria-hidden="true" />
            <span className="deal-sr-only">{words.loading}</span>
          </>
        )}
      </div>
    </div>
  );
});
