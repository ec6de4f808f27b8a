import { skipToken } from '@reduxjs/toolkit/query';
import type { Stage } from '../../../../shared/domain';
import type { Counts, Tab } from '../../../../shared/ipc';
import { useCountsQuery } from '../../api/workspaceApi';
import { useAppSelector } from '../../app/hooks';
import { selectCountsArgs } from '../../app/selectors';

export type ListCounts = {
  /** Every deal per tab and stage. */
  totals: Counts | undefined;
  /** The deals matching the search and filters per tab and stage; undefined when nothing is filtered (or not yet known). */
  matching: Counts | undefined;
};

/** The totals, and beside them what the search and filters leave, for the tabs and the stage buttons. */
export function useListCounts(): ListCounts {
  const args = useAppSelector(selectCountsArgs);
  const { data: totals } = useCountsQuery();
  const { currentData: matching } = useCountsQuery(args ?? skipToken);
  return { totals, matching: args ? matching : undefined };
}

/** How many of a tab's deals show with its stage selection (an empty selection shows every stage). */
export function countInStages(counts: Counts, tab: Tab, stages: readonly Stage[]): number {
  return stages.length === 0 ? counts[tab].total : stages.reduce((n, s) => n + counts[tab][s], 0);
}
