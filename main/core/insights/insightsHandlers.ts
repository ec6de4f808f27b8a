import type { HandlersOf } from '../../../shared/ipc';
import type { InsightsQueryService } from './insightsQuery';

/** insights:get (SPEC F7): the Insights view's numbers, computed by SQL in main. */
export function createInsightsHandlers(insights: InsightsQueryService): HandlersOf<'insights'> {
  return { 'insights:get': (q) => insights.get(q) };
}
