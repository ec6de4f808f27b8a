import {
  closeReasonSchema,
  helpTypeSchema,
  RESPONSE_WINDOW_MS,
  salesStageSchema,
  type Contact,
  type MicrosoftResponse,
  type Referral,
  type ReferralStatus,
  type ReferralSubstatus,
} from '../../shared/domain';
import { emailDomainOf, randomContact, type Catalog } from './catalogData';
import type { Rng } from './prng';

const HOUR_MS = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const microsoftSellers = ['Jordan Miles (Microsoft)', 'Sam Patel (Microsoft)', 'Ana Costa (Microsoft)', 'Lee Wong (Microsoft)'];
const partnerSenders = ['Fabrikam Consulting', 'Litware Services', 'Northwind Integrators'];

function team(rng: Rng, domain: string, min: number, max: number): Contact[] {
  const members = new Map<string, Contact>();
  const size = rng.int(min, max);
  while (members.size < size) {
    const c = randomContact(rng, domain);
    members.set(c.email, c);
  }
  return [...members.values()];
}

type Shape = { direction: Referral['direction']; status: ReferralStatus; substatus: ReferralSubstatus };

// Roughly what a partner's pipeline looks like: most inbound referrals waiting or accepted, some closed.
const shapes: [number, Shape][] = [
  [28, { direction: 'inbound', status: 'New', substatus: 'Received' }],
  [17, { direction: 'inbound', status: 'Active', substatus: 'Accepted' }],
  [5, { direction: 'inbound', status: 'Closed', substatus: 'Declined' }],
  [5, { direction: 'inbound', status: 'Closed', substatus: 'Expired' }],
  [27, { direction: 'outbound', status: 'Active', substatus: 'Accepted' }],
  [10, { direction: 'outbound', status: 'Closed', substatus: 'Won' }],
  [8, { direction: 'outbound', status: 'Closed', substatus: 'Lost' }],
];
const totalWeight = shapes.reduce((s, [w]) => s + w, 0);

function pickShape(rng: Rng): Shape {
  let roll = rng.next() * totalWeight;
  for (const [w, shape] of shapes) {
    roll -= w;
    if (roll < 0) return shape;
  }
  return shapes[0]![1];
}

export type ReferralDraft = { rng: Rng; catalog: Catalog; nowMs: number; ids: Rng };

/**
 * One referral as the service would hold it. Timestamps lie in the 90 days before `nowMs`; Received
 * ones are younger than 14 days so they have not expired yet. eTag/updated are set by the store.
 */
export function generateReferral(d: ReferralDraft, shape: Shape = pickShape(d.rng)): Referral {
  const { rng, catalog, nowMs } = d;
  const customer = rng.pick(catalog.customers);
  const received = shape.status === 'New';
  const createdMs = received ? nowMs - rng.int(1, 12 * 24) * HOUR_MS : nowMs - rng.int(2 * 24, 90 * 24) * HOUR_MS;
  const updatedMs = Math.min(nowMs - 60_000, createdMs + rng.int(0, Math.max(0, nowMs - createdMs - 60_000)));
  const solutions = Array.from({ length: rng.int(1, 3) }, () => rng.pick(catalog.solutions)).filter((s, i, all) => all.indexOf(s) === i);
  const coSell = shape.direction === 'inbound' || rng.chance(0.5);
  const needsReason = shape.substatus === 'Declined' || shape.substatus === 'Lost';
  const referral: Referral = {
    id: d.ids.uuid(),
    engagementId: d.ids.uuid(),
    name: `${customer.name} – ${solutions[0]!.name}`,
    externalReferenceId: rng.chance(0.6) ? `CRM-${rng.int(10000, 99999)}` : '',
    campaignId: rng.chance(0.4) ? rng.pick(['FY27-Q1-AI', 'FY27-Q2-SEC', 'FY27-Q2-DATA', 'FY27-Q3-MIGRATE']) : '',
    direction: shape.direction,
    status: shape.status,
    substatus: shape.substatus,
    ...(needsReason ? { statusReason: rng.pick(closeReasonSchema.options.filter((r) => r !== 'Others')), statusReasonNotes: '' } : {}),
    customerProfile: {
      name: customer.name,
      address: customer.address,
      ids: customer.duns ? { duns: customer.duns } : {},
      team: rng.chance(0.7) ? team(rng, emailDomainOf(customer.name), 1, 2) : [],
    },
    consent: { consentToShareReferralWithMicrosoftSellers: coSell, consentToShareCustomerContact: coSell && rng.chance(0.7) },
    details: {
      dealValue: `${rng.int(5, 2000) * 1000}${rng.chance(0.2) ? '.50' : '.00'}`,
      currency: rng.pick(['USD', 'USD', 'USD', 'EUR', 'GBP', 'JPY']),
      closingDateTime: iso(Date.UTC(2027, rng.int(0, 11), rng.int(1, 28))),
      notes: rng.chance(0.3) ? 'Customer wants a proposal before the end of the quarter.' : '',
      requirements: { solutions },
    },
    team: shape.direction === 'outbound' || shape.status !== 'New' ? team(rng, 'contoso-partner.example', 1, 3) : [],
    ...(rng.chance(0.5) && shape.status !== 'New' ? { salesStage: rng.pick(salesStageSchema.options) } : {}),
    senderName: shape.direction === 'inbound' ? rng.pick(rng.chance(0.8) ? microsoftSellers : partnerSenders) : '',
    ...(shape.direction === 'inbound' ? { expirationDateTime: iso(createdMs + RESPONSE_WINDOW_MS) } : {}),
    createdDateTime: iso(createdMs),
    updatedDateTime: iso(updatedMs),
    eTag: '',
  };
  if (shape.direction === 'outbound' && coSell) referral.inviteContext = initialInvite(rng, createdMs, nowMs, shape.status);
  return referral;
}

/** Help asked when the deal was created; answered already unless still inside the 14-day window. */
function initialInvite(rng: Rng, invitedMs: number, nowMs: number, status: ReferralStatus): Referral['inviteContext'] {
  const respondByMs = invitedMs + RESPONSE_WINDOW_MS;
  const open = respondByMs > nowMs && status === 'Active';
  const microsoftResponse: MicrosoftResponse = open ? 'pending' : rng.pick(['engaged', 'engaged', 'declined', 'noAnswer']);
  return {
    helpType: rng.pick(helpTypeSchema.options),
    notes: rng.chance(0.5) ? 'Customer asked for a Microsoft architect in the room.' : '',
    invitedBy: 'seller@contoso-partner.example',
    invitedDateTime: iso(invitedMs),
    respondByDateTime: iso(respondByMs),
    microsoftResponse,
  };
}

/** A fresh inbound referral from a Microsoft seller, received now, expiring in 14 days. */
export function newInbound(d: ReferralDraft): Referral {
  const r = generateReferral(d, { direction: 'inbound', status: 'New', substatus: 'Received' });
  const now = iso(d.nowMs);
  return {
    ...r,
    senderName: d.rng.pick(microsoftSellers),
    createdDateTime: now,
    updatedDateTime: now,
    expirationDateTime: iso(d.nowMs + RESPONSE_WINDOW_MS),
  };
}
