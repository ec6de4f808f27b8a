import {
  DAY_MS,
  HOUR_MS,
  RESPONSE_WINDOW_MS,
  closeReasonSchema,
  helpTypeSchema,
  salesStageSchema,
  type CloseReason,
  type Contact,
  type Customer,
  type InviteContext,
  type MicrosoftResponse,
  type Referral,
  type ReferralSubstatus,
  type Solution,
} from '../../../shared/domain';
import { createRng, type Rng } from './prng';
import {
  campaigns,
  catalog,
  companySectors,
  companyStems,
  countries,
  dealTemplates,
  departments,
  firstNames,
  lastNames,
  noteSentences,
  ourCompany,
  partnerSenders,
  streets,
  unitsPerUsd,
  type CountryInfo,
} from './vocabulary';

export type DemoOptions = { count: number; seed: number; now: Date | string };
export type DemoData = { customers: Customer[]; solutions: Solution[]; referrals: Referral[]; favorites: string[] };

const closeReasons = closeReasonSchema.options;
const helpTypes = helpTypeSchema.options;
const salesStages = salesStageSchema.options;

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const iso = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString();

function person(rng: Rng, domain: string, phonePrefix: string): Contact {
  const firstName = rng.pick(firstNames);
  const lastName = rng.pick(lastNames);
  return {
    firstName,
    lastName,
    email: `${ascii(firstName)}.${ascii(lastName)}@${domain}`,
    phoneNumber: `${phonePrefix} ${rng.int(100, 999)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
  };
}

/** Customers, several of which share a name and a city (different entities, told apart by address and D-U-N-S). */
function makeCustomers(rng: Rng, n: number): { customer: Customer; country: CountryInfo }[] {
  const out: { customer: Customer; country: CountryInfo }[] = [];
  const usedDuns = new Set<string>();
  const duns = () => {
    let d: string;
    do d = String(rng.int(100_000_000, 999_999_999));
    while (usedDuns.has(d));
    usedDuns.add(d);
    return d;
  };
  while (out.length < n) {
    const country = rng.pick(countries);
    const place = rng.pick(country.places);
    const name = `${rng.pick(companyStems)}${rng.pick(companySectors)} ${country.legalForm}`;
    // One in twelve names is shared by 2-3 entities in the same city.
    const siblings = rng.chance(1 / 12) ? rng.int(2, 3) : 1;
    for (let s = 0; s < siblings && out.length < n; s++) {
      out.push({
        country,
        customer: {
          id: `cust-${rng.uuid()}`,
          name,
          address: {
            addressLine1: `${rng.int(1, 400)} ${rng.pick(streets)}`,
            city: place.city,
            region: place.region,
            postalCode: place.postalCode,
            country: country.code,
          },
          duns: rng.chance(0.92) ? duns() : undefined,
        },
      });
    }
  }
  return out;
}

function dealValue(rng: Rng, currency: string): string {
  const usd = Math.exp(Math.log(5_000) + rng.next() * (Math.log(2_500_000) - Math.log(5_000)));
  const units = usd * (unitsPerUsd[currency] ?? 1);
  if (currency === 'JPY' || rng.chance(0.6)) return String(Math.max(1, Math.round(units / 1000)) * 1000);
  const cents = Math.round(units * 100);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

const fullName = (p: Contact) => `${p.firstName} ${p.lastName}`;

/** Microsoft's answer to a help request and, when a seller engaged, who. */
function answerOf(answer: MicrosoftResponse, seller: Contact | undefined): Pick<InviteContext, 'microsoftResponse' | 'engagedBy'> {
  if (answer !== 'engaged' || !seller) return { microsoftResponse: answer };
  return { microsoftResponse: answer, engagedBy: { name: fullName(seller), email: seller.email, phoneNumber: seller.phoneNumber } };
}

/** Who sent an inbound referral and how to reach them: a Microsoft seller (most co-sell referrals) or a partner. */
function senderOf(rng: Rng, coSell: boolean, msSellers: readonly Contact[]): Pick<Referral, 'senderName' | 'senderEmail' | 'senderPhone'> {
  if (coSell && rng.chance(0.8)) {
    const first = rng.pick(msSellers);
    const last = rng.pick(msSellers);
    const email = `${ascii(first.firstName)}.${ascii(last.lastName)}@microsoft.example`.toLowerCase();
    return { senderName: `${first.firstName} ${last.lastName} (Microsoft)`, senderEmail: email, senderPhone: first.phoneNumber };
  }
  const partner = rng.pick(partnerSenders);
  return { senderName: partner, senderEmail: `referrals@${ascii(partner.split(' ')[0] ?? 'partner').toLowerCase()}.example` };
}

type Plan = { status: Referral['status']; substatus: ReferralSubstatus };
function planStage(rng: Rng, inbound: boolean): Plan {
  const x = rng.next();
  if (inbound) {
    if (x < 0.28) return { status: 'New', substatus: rng.chance(0.3) ? 'Pending' : 'Received' };
    if (x < 0.68) return { status: 'Active', substatus: 'Accepted' };
    const y = rng.next();
    return { status: 'Closed', substatus: y < 0.35 ? 'Won' : y < 0.6 ? 'Lost' : y < 0.85 ? 'Declined' : 'Expired' };
  }
  if (x < 0.6) return { status: 'Active', substatus: 'Accepted' };
  return { status: 'Closed', substatus: rng.chance(0.6) ? 'Won' : 'Lost' };
}

/** Received inbound: when it expires. Some have passed (local expiry runs at open), some are close (notifications). */
function expiryOffsetMs(rng: Rng): number {
  const x = rng.next();
  if (x < 0.03) return -rng.int(1, 72) * HOUR_MS; // already past
  if (x < 0.08) return rng.int(10, 239) * 60_000; // within 4 hours
  if (x < 0.14) return rng.int(4, 24) * HOUR_MS; // within 1 day
  if (x < 0.24) return rng.int(24, 72) * HOUR_MS; // within 3 days
  return rng.int(72, 14 * 24 - 1) * HOUR_MS;
}

/** A number from 0 to 1 for deal i: the answer times draw no rng numbers, so every other demo value stays as it was. */
const answerSeed = (i: number, seed: number): number => (((i + 1) * 2654435761 + seed * 40503) % 1_000_003) / 1_000_003;

/**
 * When the deal was answered and closed: an inbound referral is accepted or declined within its 14 days (most
 * within 2 days), closed deals closed at their last update.
 */
function answerTimes(
  plan: Plan,
  inbound: boolean,
  created: number,
  updated: number,
  u: number,
): Pick<Referral, 'acceptedDateTime' | 'closedDateTime'> {
  const closedDateTime = plan.status === 'Closed' ? iso(updated) : undefined;
  if (!inbound || plan.status === 'New' || plan.substatus === 'Expired') return { closedDateTime };
  const answered = Math.min(created + Math.round(u * u * RESPONSE_WINDOW_MS * 0.5) + HOUR_MS, updated);
  return plan.substatus === 'Declined' ? { closedDateTime: iso(answered) } : { acceptedDateTime: iso(answered), closedDateTime };
}

/**
 * Deterministic demo data: the same seed and `now` give the same data on every machine (no Math.random,
 * no wall clock). Every referral passes referralSchema.
 */
export function generateDemo(options: DemoOptions): DemoData {
  const rng = createRng(options.seed);
  const nowMs = new Date(options.now).getTime();
  const customers = makeCustomers(rng, Math.min(2000, Math.max(24, Math.ceil(options.count / 25))));
  const solutions: Solution[] = catalog.map((c, i) => ({ id: `sol-${String(i + 1).padStart(3, '0')}`, ...c }));
  const team = Array.from({ length: 24 }, () => person(rng, ourCompany.emailDomain, '+1')).filter(
    (p, i, all) => all.findIndex((q) => q.email === p.email) === i,
  );
  const msSellers = Array.from({ length: 12 }, () => person(rng, 'microsoft.example', '+1'));

  const referrals: Referral[] = [];
  const favorites: string[] = [];
  for (let i = 0; i < options.count; i++) {
    const inbound = rng.chance(0.55);
    const { customer, country } = rng.pick(customers);
    const plan = planStage(rng, inbound);
    const received = plan.status === 'New';
    const currency = rng.chance(0.85) ? country.currency : rng.pick(['USD', 'EUR']);

    let created: number;
    let expirationDateTime: string | undefined;
    if (received) {
      const expiry = nowMs + expiryOffsetMs(rng);
      created = Math.min(expiry - RESPONSE_WINDOW_MS, nowMs - 10 * 60_000);
      // A quarter came without an expiry from the service: received time + 14 days applies.
      if (created === expiry - RESPONSE_WINDOW_MS && rng.chance(0.25)) expirationDateTime = undefined;
      else expirationDateTime = iso(expiry);
    } else {
      created = nowMs - rng.int(1, 720) * DAY_MS - rng.int(0, 23) * HOUR_MS;
    }
    const updated = received ? created : created + Math.floor(rng.next() * (nowMs - created));
    const closing = plan.status === 'Closed' ? created + rng.int(20, 300) * DAY_MS : nowMs + rng.int(-10, 270) * DAY_MS;

    const coSell = inbound ? rng.chance(0.85) : rng.chance(0.35);
    const short = customer.name.split(' ').slice(0, 2).join(' ');
    const name = rng
      .pick(dealTemplates)
      .replace('{short}', short)
      .replace('{dept}', rng.pick(departments))
      .replace('{city}', customer.address.city)
      .replace('{n}', String(rng.pick([50, 120, 250, 500, 1200, 3000])))
      .replace('{p}', String(rng.int(1, 3)));
    const dealSolutions = rng.sample(solutions, rng.int(1, 3));
    const value = dealValue(rng, currency);
    const reason: CloseReason | undefined = plan.substatus === 'Lost' || plan.substatus === 'Declined' ? rng.pick(closeReasons) : undefined;
    const invited = nowMs - rng.int(1, 40) * DAY_MS;

    const r: Referral = {
      id: rng.uuid(),
      engagementId: rng.uuid(),
      name,
      externalReferenceId: rng.chance(0.7) ? `CRM-${rng.int(1_000_000, 9_999_999)}` : '',
      campaignId: rng.chance(0.45) ? rng.pick(campaigns) : '',
      direction: inbound ? 'inbound' : 'outbound',
      status: plan.status,
      substatus: plan.substatus,
      statusReason: reason,
      statusReasonNotes: reason
        ? reason === 'Others'
          ? 'Customer paused all IT projects after a reorganisation.'
          : rng.chance(0.5)
            ? rng.pick(noteSentences)
            : ''
        : undefined,
      customerProfile: {
        name: customer.name,
        address: customer.address,
        ids: customer.duns ? { duns: customer.duns } : {},
        team: coSell || rng.chance(0.3) ? [person(rng, `${ascii(short) || 'customer'}.example`, country.phonePrefix)] : [],
      },
      consent: { consentToShareReferralWithMicrosoftSellers: coSell, consentToShareCustomerContact: coSell },
      details: {
        dealValue: value,
        currency,
        closingDateTime: iso(closing),
        notes: rng.sample(noteSentences, rng.int(0, 2)).join(' '),
        requirements: { solutions: dealSolutions },
      },
      team: rng.sample(team, received ? rng.int(0, 1) : rng.int(1, 3)),
      inviteContext:
        !inbound && coSell
          ? {
              helpType: rng.pick(helpTypes),
              notes: 'Need help with the technical architecture and licensing.',
              invitedBy: fullName(rng.pick(team)),
              invitedDateTime: iso(invited),
              respondByDateTime: iso(invited + RESPONSE_WINDOW_MS),
              ...answerOf(
                nowMs - invited < RESPONSE_WINDOW_MS
                  ? rng.pick(['pending', 'engaged'] as const)
                  : rng.pick(['engaged', 'declined', 'noAnswer'] as const),
                // Who engaged, chosen without drawing from rng: the rest of the demo stays as it was.
                msSellers[invited % msSellers.length],
              ),
            }
          : undefined,
      salesStage:
        plan.status !== 'New' && plan.substatus !== 'Declined' && plan.substatus !== 'Expired' && rng.chance(0.7)
          ? rng.pick(salesStages)
          : undefined,
      registration:
        plan.substatus === 'Won' && dealSolutions.some((s) => s.registrationEligible) && rng.chance(0.5)
          ? {
              contractValue: value,
              currency,
              startDate: iso(closing),
              endDate: iso(closing + 365 * DAY_MS),
              signDate: iso(closing - 2 * DAY_MS),
              termMonths: 12,
              deployments: dealSolutions
                .filter((s) => s.registrationEligible)
                .map((s) => ({ solutionId: s.id, deploymentDetails: `${s.name} deployed for ${short}.` })),
            }
          : undefined,
      ...(inbound ? senderOf(rng, coSell, msSellers) : { senderName: '' }),
      expirationDateTime,
      ...answerTimes(plan, inbound, created, updated, answerSeed(i, options.seed)),
      createdDateTime: iso(created),
      updatedDateTime: iso(updated),
      eTag: `W/"${rng.uuid().slice(0, 8)}"`,
    };
    referrals.push(r);
    if (rng.chance(0.02) || (i === 0 && options.count > 0)) favorites.push(r.id);
  }
  return { customers: customers.map((c) => c.customer), solutions, referrals, favorites };
}
