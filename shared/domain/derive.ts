import type { DealType, ReferralStatus, Stage } from './enums';
import type { Referral } from './referral';

/** The app's units of time, in milliseconds: main and renderer import these, never a copy. */
export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** Inbound referrals must be answered within 14 days; Microsoft has 14 days to answer a help request. */
export const RESPONSE_WINDOW_MS = 14 * DAY_MS;
/** A deal registration cannot be submitted earlier than 72 hours after the deal was created. */
export const REGISTRATION_DELAY_MS = 72 * HOUR_MS;

export function stageOf(status: ReferralStatus): Stage {
  if (status === 'New') return 'received';
  if (status === 'Active') return 'accepted';
  return 'archived';
}

export function dealTypeOf(r: Pick<Referral, 'consent'>): DealType {
  return r.consent.consentToShareReferralWithMicrosoftSellers ? 'coSell' : 'privatePipeline';
}

/** The expiry of a Received referral: the service's, or received time + 14 days when it sent none. */
export function expiryOf(r: Pick<Referral, 'expirationDateTime' | 'createdDateTime'>): string {
  return r.expirationDateTime ?? new Date(Date.parse(r.createdDateTime) + RESPONSE_WINDOW_MS).toISOString();
}

export function isExpiredAt(r: Pick<Referral, 'status' | 'expirationDateTime' | 'createdDateTime' | 'direction'>, nowIso: string): boolean {
  return r.status === 'New' && r.direction === 'inbound' && Date.parse(expiryOf(r)) <= Date.parse(nowIso);
}
