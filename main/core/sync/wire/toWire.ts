import { createHash } from 'node:crypto';
import type { Contact, HelpType, InviteContext, Referral, Solution } from '../../../../shared/domain';
import type { JsonPatchOp } from '../remoteApi';
import type { LocalFields } from './toDomain';
import { reasonText } from './reasons';
import { MICROSOFT_ORG, type AssistanceRequestCode } from './wireSchema';

/** The paths PATCH may touch (V3 path enum; `-` appends). Nothing else is ever sent. */
export const wirePaths = [
  '/status',
  '/substatus',
  '/statusReason',
  '/details/dealValue',
  '/details/currency',
  '/details/closingDateTime',
  '/details/notes',
  '/details/requirements/solutions',
  '/details/requirements/solutions/-',
  '/team',
  '/team/-',
  '/externalReferenceId',
  '/campaignId',
  '/salesStage',
  '/referralProgram',
  '/consent/consentToShareReferralWithMicrosoftSellers',
  '/customerProfile/team',
  '/customerProfile/team/-',
] as const;
export type WirePath = (typeof wirePaths)[number];
export type WireOp = { op: 'replace' | 'add'; path: WirePath; value: unknown };

export const codeOfHelpType: Record<HelpType, AssistanceRequestCode> = {
  GeneralOrOther: 'GeneralOrOther',
  TechnicalArchitecture: 'CustomerTechnicalArchitecture',
  ProofOfConcept: 'ProofOfConceptOrDemo',
  QuotesAndLicensing: 'QuotesOrLicensing',
  PostSalesSuccess: 'PostSalesCustomerSuccess',
  WorkloadValueProposition: 'WorkloadSpecificValueProposition',
};

/** A decimal string as a JSON number when that number is exactly the same amount; else the string (the contract takes both). */
export function wireMoney(value: string): number | string {
  const canonical = value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
  const n = Number(value);
  return Number.isFinite(n) && String(n) === canonical ? n : value;
}

const wireContact = (c: Contact) => ({ firstName: c.firstName, lastName: c.lastName, phoneNumber: c.phoneNumber, email: c.email });
const wireSolution = (s: Solution) => ({ id: s.id, name: s.name, publisherName: s.publisher });

/** Appending only (the base list is a prefix of the new one): `add …/-` per new member, which keeps what we do not model on the others. */
function listOps<T>(
  path: '/team' | '/details/requirements/solutions',
  from: readonly T[],
  to: readonly T[],
  key: (x: T) => string,
  wire: (x: T) => unknown,
): WireOp[] {
  const appended = to.length > from.length && from.every((x, i) => i < to.length && key(x) === key(to[i] as T));
  if (appended) return to.slice(from.length).map((x) => ({ op: 'add', path: `${path}/-`, value: wire(x) }));
  return [{ op: 'replace', path, value: to.map(wire) }];
}

export type WireChange = {
  /** The PATCH, on documented paths only; empty when nothing needs the service. */
  ops: WireOp[];
  /** What the contract cannot carry: kept on this computer. */
  local: LocalFields;
  /** A help request on an existing deal: a connected Microsoft referral, not a PATCH. */
  helpRequest: InviteContext | null;
};

/**
 * Domain intent (ops on our domain paths, computed against `base`) → what the service is told. Pure and
 * deterministic, so a retried write is the same bytes. Not in the contract: the deal name after creation
 * and the deal registration details (kept locally), the help request (a connected referral).
 */
export function toWireChange(base: Referral, ops: readonly JsonPatchOp[]): WireChange {
  const out: WireOp[] = [];
  const local: LocalFields = {};
  let helpRequest: InviteContext | null = null;
  let reasonDone = false;
  const target = (path: string) => ops.find((o) => o.path === path)?.value;
  for (const o of ops) {
    switch (o.path) {
      case '/name':
        local.name = o.value as string;
        break;
      case '/registration':
        local.registration = o.value as LocalFields['registration'];
        break;
      case '/inviteContext':
        helpRequest = o.value as InviteContext;
        break;
      case '/statusReason':
      case '/statusReasonNotes': {
        if (reasonDone) break;
        reasonDone = true;
        const reason = (target('/statusReason') ?? base.statusReason) as Referral['statusReason'];
        const notes = (target('/statusReasonNotes') ?? base.statusReasonNotes) as string | undefined;
        if (reason) out.push({ op: 'replace', path: '/statusReason', value: reasonText(reason, notes) });
        break;
      }
      case '/details/dealValue':
        out.push({ op: 'replace', path: '/details/dealValue', value: wireMoney(o.value as string) });
        break;
      case '/team':
        out.push(...listOps('/team', base.team, o.value as Contact[], (c) => c.email, wireContact));
        break;
      case '/details/requirements/solutions':
        out.push(
          ...listOps(
            '/details/requirements/solutions',
            base.details.requirements.solutions,
            o.value as Solution[],
            (s) => s.id,
            wireSolution,
          ),
        );
        break;
      default:
        out.push({ op: o.op, path: o.path, value: o.value });
    }
  }
  return { ops: out, local, helpRequest };
}

function customerProfileOf(r: Referral) {
  const a = r.customerProfile.address;
  return {
    name: r.customerProfile.name,
    address: { addressLine1: a.addressLine1, city: a.city, state: a.region, postalCode: a.postalCode, country: a.country },
    team: r.customerProfile.team.map(wireContact),
    ids: r.customerProfile.ids.duns ? [{ profileType: 'Duns', id: r.customerProfile.ids.duns }] : [],
  };
}

function detailsOf(r: Referral) {
  return {
    notes: r.details.notes,
    dealValue: wireMoney(r.details.dealValue),
    currency: r.details.currency,
    closingDateTime: r.details.closingDateTime,
    requirements: { solutions: r.details.requirements.solutions.map(wireSolution) },
  };
}

/** The documented POST body of our new (outgoing) referral. The service owns id, engagementId, eTag and the times. */
export function createBody(r: Referral): Record<string, unknown> {
  return {
    name: r.name,
    type: r.inviteContext ? 'Shared' : 'Independent',
    status: r.status,
    substatus: r.substatus,
    qualification: 'SalesQualified',
    externalReferenceId: r.externalReferenceId,
    campaignId: r.campaignId,
    customerProfile: customerProfileOf(r),
    consent: {
      consentToShareReferralWithMicrosoftSellers: r.consent.consentToShareReferralWithMicrosoftSellers,
      consentToContact: r.consent.consentToShareCustomerContact,
    },
    details: detailsOf(r),
    team: r.team.map(wireContact),
    ...(r.salesStage ? { salesStage: r.salesStage } : {}),
  };
}

/** Microsoft's connected referral in our engagement: what a help request is on the wire. */
export function connectedBody(r: Referral, invite: InviteContext): Record<string, unknown> {
  return {
    name: r.name,
    engagementId: r.engagementId,
    type: 'Shared',
    qualification: 'SalesQualified',
    target: [{ type: 'BusinessProfileLocation', id: MICROSOFT_ORG }],
    customerProfile: customerProfileOf(r),
    consent: { consentToShareReferralWithMicrosoftSellers: true, consentToContact: r.consent.consentToShareCustomerContact },
    details: detailsOf(r),
    inviteContext: { notes: invite.notes, assistanceRequestCode: codeOfHelpType[invite.helpType] },
  };
}

/** The connected referral's request-id: derived from the write's own, so a retry of either call is replayed, never doubled. */
export function connectedRequestId(requestId: string): string {
  const h = createHash('sha256').update(`${requestId}:connected`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
