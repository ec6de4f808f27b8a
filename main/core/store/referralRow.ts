import { dealTypeOf, expiryOf, moneyToMinor, stageOf, type Referral, type Stage } from '../../../shared/domain';

/** Lifecycle order for sorting by stage (Received → Accepted → Archived), not alphabetical. */
export const stageRank: Record<Stage, number> = { received: 0, accepted: 1, archived: 2 };

/** UTC ISO with milliseconds, so text order in SQLite is time order whatever offset the service used. */
export const normalizeIso = (value: string): string => new Date(value).toISOString();

export type ReferralColumns = {
  id: string;
  direction: string;
  stage: Stage;
  stage_rank: number;
  status: string;
  substatus: string;
  deal_type: string;
  name: string;
  customer_name: string;
  customer_country: string;
  deal_value: string;
  deal_value_minor: number;
  currency: string;
  closing_date: string;
  expiration: string | null;
  notes: string;
  crm_id: string;
  campaign_id: string;
  created: string;
  updated: string;
  responded_at: string | null;
  status_reason: string;
  json: string;
};

/**
 * When an inbound referral was answered (Received → Accepted or Declined): Insights' response time runs from
 * `created` to this. Null for outbound deals and for inbound ones not answered (still Received, or expired).
 */
export function respondedAt(r: Referral): string | null {
  if (r.direction !== 'inbound') return null;
  const at = r.acceptedDateTime ?? (r.substatus === 'Declined' ? r.closedDateTime : undefined);
  return at ? normalizeIso(at) : null;
}

/**
 * The columns of the `referrals` table for one referral: the list reads these, never the json.
 * `json` is JSON.stringify(r), when the caller already has it.
 */
export function referralColumns(r: Referral, json: string = JSON.stringify(r)): ReferralColumns {
  const stage = stageOf(r.status);
  return {
    id: r.id,
    direction: r.direction,
    stage,
    stage_rank: stageRank[stage],
    status: r.status,
    substatus: r.substatus,
    deal_type: dealTypeOf(r),
    name: r.name,
    customer_name: r.customerProfile.name,
    customer_country: r.customerProfile.address.country,
    deal_value: r.details.dealValue,
    deal_value_minor: moneyToMinor(r.details.dealValue),
    currency: r.details.currency,
    closing_date: normalizeIso(r.details.closingDateTime),
    // Only a Received inbound referral can expire; the countdown and the expiry scan read this column.
    expiration: stage === 'received' && r.direction === 'inbound' ? normalizeIso(expiryOf(r)) : null,
    notes: r.details.notes,
    crm_id: r.externalReferenceId,
    campaign_id: r.campaignId,
    created: normalizeIso(r.createdDateTime),
    updated: normalizeIso(r.updatedDateTime),
    responded_at: respondedAt(r),
    status_reason: r.statusReason ?? '',
    json,
  };
}

/** Every column written from a referral, in table order (row_id and pending are the store's own). */
export const referralColumnNames = [
  'id',
  'direction',
  'stage',
  'stage_rank',
  'status',
  'substatus',
  'deal_type',
  'name',
  'customer_name',
  'customer_country',
  'deal_value',
  'deal_value_minor',
  'currency',
  'closing_date',
  'expiration',
  'notes',
  'crm_id',
  'campaign_id',
  'created',
  'updated',
  'responded_at',
  'status_reason',
  'json',
] as const satisfies readonly (keyof ReferralColumns)[];
