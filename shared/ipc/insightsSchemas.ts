import { z } from 'zod';
import { errorMessage } from '../i18n/messageKey';
import { closeReasonSchema, dealTypeSchema, directionSchema, isoDateTimeSchema } from '../domain';

/**
 * Insights (SPEC F7): what the pipeline is worth, how it closes and why, how fast inbound referrals are answered,
 * and what each marketing campaign brought (campaign ROI). Amounts are per currency, never summed across currencies.
 */
export const insightsQuerySchema = z
  .object({
    /** Deals received or created in [from, to]; either end may be open. */
    from: isoDateTimeSchema.optional(),
    to: isoDateTimeSchema.optional(),
    direction: directionSchema.optional(),
    dealType: dealTypeSchema.optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
    message: errorMessage('period.order'),
    path: ['to'],
  })
  .default({});
export type InsightsQuery = z.input<typeof insightsQuerySchema>;

/** Where a deal stands: the open stages, then how it was closed. */
export const insightsStageSchema = z.enum(['received', 'accepted', 'won', 'lost', 'declined', 'expired']);
export type InsightsStage = z.infer<typeof insightsStageSchema>;

/** A sum of deal values in one currency, as a decimal string (money is never a float). */
const amountSchema = z.object({ currency: z.string(), value: z.string() });
export type Amount = z.infer<typeof amountSchema>;

const reasonCountSchema = z.object({ reason: closeReasonSchema, count: z.number().int() });

export const insightsSchema = z.object({
  /** Deals matching the filters. */
  total: z.number().int(),
  /** Count and value per stage and currency. */
  pipeline: z.array(z.object({ stage: insightsStageSchema, currency: z.string(), count: z.number().int(), value: z.string() })),
  /** Won / (won + lost); null when nothing was won or lost. */
  winRate: z.object({ won: z.number().int(), lost: z.number().int(), rate: z.number().nullable() }),
  declinedReasons: z.array(reasonCountSchema),
  lostReasons: z.array(reasonCountSchema),
  /** Inbound referrals answered (received → accepted or declined); nearest-rank median and 90th percentile, in ms. */
  responseTime: z.object({ answered: z.number().int(), medianMs: z.number().nullable(), p90Ms: z.number().nullable() }),
  /** Per marketing campaign ID ('' = deals without one), most deals first: count, win rate and value per currency. */
  campaigns: z.array(
    z.object({
      campaignId: z.string(),
      count: z.number().int(),
      won: z.number().int(),
      lost: z.number().int(),
      winRate: z.number().nullable(),
      values: z.array(amountSchema),
      wonValues: z.array(amountSchema),
    }),
  ),
});
export type Insights = z.infer<typeof insightsSchema>;
