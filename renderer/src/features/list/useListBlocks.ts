import { QueryStatus } from '@reduxjs/toolkit/query';
import { shallowEqual } from 'react-redux';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReferralRow } from '../../../../shared/domain';
import { PAGE_SIZE, workspaceApi, type ListArgs, type ListBlockArgs } from '../../api/workspaceApi';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import type { RootState } from '../../app/store';

/** Rows per block: the list is read in blocks of this many rows, by row number. */
export const BLOCK_ROWS = PAGE_SIZE;
/** Rows beyond the visible ones whose blocks are read too, so a steady scroll finds its rows already there. */
const READ_AHEAD_ROWS = 40;
/**
 * While the list keeps scrolling, blocks are asked for at most once per this many ms: a fling or a dragged
 * scrollbar passes over thousands of rows, and reading each block it crosses would queue requests in front of
 * the one where it stops. A jump, or the first move after a pause, asks at once. 100 ms: a block of 100 rows is
 * two screens, so a steady scroll still finds its rows (read-ahead), and a fling sends a third of the requests it
 * sent at 40 ms, each of which the host would answer after the list had passed it (issue 15's scroll bench).
 */
export const SETTLE_MS = 100;

export const blockArgs = (args: ListArgs, block: number): ListBlockArgs => ({ ...args, offset: block * BLOCK_ROWS, limit: BLOCK_ROWS });

type BlockSelector = ReturnType<typeof workspaceApi.endpoints.listReferrals.select>;
// One memoized selector per block: it returns the same object while the block's cache entry is unchanged.
const selectors = new Map<string, BlockSelector>();
function selectorFor(arg: ListBlockArgs): BlockSelector {
  const key = JSON.stringify(arg);
  let s = selectors.get(key);
  if (!s) {
    if (selectors.size > 2000) selectors.clear();
    s = workspaceApi.endpoints.listReferrals.select(arg);
    selectors.set(key, s);
  }
  return s;
}
export type BlockEntry = ReturnType<BlockSelector>;

/** Blocks holding rows first..last (plus read-ahead), within a list of `total` rows (unknown: the first block). */
export function blocksFor(first: number, last: number, total: number | undefined): number[] {
  if (total === undefined) return [0];
  if (total === 0) return [0];
  const from = Math.max(0, Math.floor((Math.max(0, first) - READ_AHEAD_ROWS) / BLOCK_ROWS));
  const to = Math.min(Math.floor((total - 1) / BLOCK_ROWS), Math.floor((Math.max(first, last) + READ_AHEAD_ROWS) / BLOCK_ROWS));
  const out: number[] = [];
  for (let b = from; b <= to; b++) out.push(b);
  return out;
}

type Subscription = { unsubscribe: () => void; refetch: () => unknown };

/** The list on screen: its args and size. Until a new list's first answer arrives, the previous one stays shown. */
export type ShownList = { key: string; args: ListArgs; total: number | undefined };

/**
 * The list to show for `args`: the one asked for once its size is known; before that, the list shown until now
 * (a re-sort or a new filter keeps the old rows, marked as updating, rather than flashing a skeleton).
 */
export function useShownList(args: ListArgs): [ShownList, (shown: ShownList) => void] {
  const key = JSON.stringify(args);
  const [shown, setShown] = useState<ShownList>({ key, args, total: undefined });
  // Nothing shown yet (the first load): there is no old list to keep.
  return [shown.total === undefined && shown.key !== key ? { key, args, total: undefined } : shown, setShown];
}

type Selected = { blocks: number[]; entries: BlockEntry[] };
function useBlocks(args: ListArgs, view: { first: number; last: number }, total: number | undefined): Selected {
  const wanted = blocksFor(view.first, view.last, total);
  const entries = useAppSelector((state: RootState) => wanted.map((b) => selectorFor(blockArgs(args, b))(state)), shallowEqual);
  return { blocks: wanted, entries };
}

/**
 * The rows of the list `args` (tab + filters + sort) around the visible rows `first..last`, read block by block
 * by row number: a jump anywhere reads one or two blocks, never the rows in between. Blocks stay subscribed
 * while wanted, so a `referrals:changed` (which invalidates 'List') refetches exactly the blocks on screen at the
 * same row numbers, and the total follows the newest answer: at row 60,000 the list stays at row 60,000.
 * Rows come from `shown` (see useShownList); `onShown` is told when the asked-for list's size is known or changes.
 */
export function useListBlocks(
  args: ListArgs,
  shown: ShownList,
  onShown: (shown: ShownList) => void,
  view: { first: number; last: number; scrolling: boolean },
) {
  const dispatch = useAppDispatch();
  const argsKey = JSON.stringify(args);
  const current = argsKey === shown.key;
  const asked = useBlocks(args, view, current ? shown.total : undefined);
  const onScreen = useBlocks(shown.args, view, shown.total);
  const byBlock = useMemo(() => new Map(onScreen.blocks.map((b, i) => [b, onScreen.entries[i] as BlockEntry])), [onScreen.entries]); // eslint-disable-line react-hooks/exhaustive-deps -- entries change with blocks

  // The newest answer's total: after a change, the blocks refetched say how many rows there are now.
  let newest: BlockEntry | undefined;
  for (const e of asked.entries) if (e.data && (!newest || (e.fulfilledTimeStamp ?? 0) > (newest.fulfilledTimeStamp ?? 0))) newest = e;
  const newestTotal = newest?.data?.total;
  // Before paint: a list whose blocks are cached (a tab seen before) shows its rows in the first frame.
  useLayoutEffect(() => {
    if (newestTotal !== undefined && (!current || newestTotal !== shown.total)) onShown({ key: argsKey, args, total: newestTotal });
  }, [newestTotal, current, shown.total, argsKey]); // eslint-disable-line react-hooks/exhaustive-deps -- argsKey stands for args

  const subscriptions = useRef(new Map<string, Subscription>());
  const lastSync = useRef(Number.NEGATIVE_INFINITY);
  const wantedKey = asked.blocks.join(',');
  useEffect(() => {
    const sync = () => {
      const keep = new Set(asked.blocks.map((b) => JSON.stringify(blockArgs(args, b))));
      for (const [key, sub] of subscriptions.current) {
        if (keep.has(key)) continue;
        sub.unsubscribe();
        subscriptions.current.delete(key);
      }
      for (const b of asked.blocks) {
        const arg = blockArgs(args, b);
        const key = JSON.stringify(arg);
        if (!subscriptions.current.has(key)) subscriptions.current.set(key, dispatch(workspaceApi.endpoints.listReferrals.initiate(arg)));
      }
    };
    // A jump (or the first scroll after a pause) asks at once; while the scroll keeps moving, at most once per
    // SETTLE_MS, for where it is by then.
    const wait = view.scrolling ? lastSync.current + SETTLE_MS - performance.now() : 0;
    if (wait <= 0) {
      lastSync.current = performance.now();
      sync();
      return undefined;
    }
    const timer = setTimeout(() => {
      lastSync.current = performance.now();
      sync();
    }, wait);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys stand for args and the wanted blocks
  }, [argsKey, wantedKey, view.scrolling, dispatch]);

  useEffect(() => {
    const subs = subscriptions.current;
    return () => {
      for (const sub of subs.values()) sub.unsubscribe();
      subs.clear();
    };
  }, []);

  const rowAt = useCallback(
    (index: number): ReferralRow | undefined => {
      const block = Math.floor(index / BLOCK_ROWS);
      return byBlock.get(block)?.data?.items[index - block * BLOCK_ROWS];
    },
    [byBlock],
  );
  const failedAt = useCallback((index: number): boolean => byBlock.get(Math.floor(index / BLOCK_ROWS))?.isError ?? false, [byBlock]);
  const retry = useCallback(
    (index: number) => {
      const arg = blockArgs(args, Math.floor(index / BLOCK_ROWS));
      const sub = subscriptions.current.get(JSON.stringify(arg));
      if (sub) void sub.refetch();
      else subscriptions.current.set(JSON.stringify(arg), dispatch(workspaceApi.endpoints.listReferrals.initiate(arg)));
    },
    [argsKey, dispatch], // eslint-disable-line react-hooks/exhaustive-deps -- argsKey stands for args
  );
  const failed = asked.entries.find((e) => e.isError);
  return {
    rowAt,
    failedAt,
    retry,
    /** The asked-for list's first answer failed: there is nothing right to show but the error. */
    error: (!current || shown.total === undefined) && failed ? failed.error : undefined,
    /** The rows on screen are being replaced: another list's first answer, or the same rows read again after a change. */
    updating: !current || asked.entries.some((e) => e.status === QueryStatus.pending && e.data !== undefined),
  };
}

/** A row of any list block in the cache (for shortcuts acting on a focused row), or undefined. */
export function findCachedRow(state: RootState, id: string): ReferralRow | undefined {
  for (const arg of workspaceApi.util.selectCachedArgsForQuery(state, 'listReferrals')) {
    const row = workspaceApi.endpoints.listReferrals
      .select(arg)(state)
      .data?.items.find((r) => r.id === id);
    if (row) return row;
  }
  return undefined;
}
