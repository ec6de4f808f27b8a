import {
  closeReasonLabels,
  closeReasonSchema,
  type CloseReason,
  type Contact,
  type HelpType,
  type Referral,
  type Solution,
} from '../../shared/domain';
import type { Catalog } from './catalogData';
import { badRequest } from './errors';
import type { Entry } from './store';

/**
 * The fake's own rendering of Microsoft's referral resource (docs/partner-center-api.md), written apart
 * from the app's mapping (main/core/sync/wire) so a test sees when the two disagree. Inside, the fake keeps
 * its referrals in our domain shape (its rules, Microsoft's side and the tests' assertions read that) plus
 * `extra`: every member a client or the documented examples sent that the domain does not model, kept and
 * served back as received.
 */

/** Our organization as the service names it (the documented examples' own sample organization). */
export const PARTNER_ORG_ID = '7d23e5ca-19dc-4eaa-aac8-5e6b559f0d1d';
export const MICROSOFT_ORG_ID = 'msft';

export type WireOptions = { catalog: Catalog; baseUrl: string; withETag: boolean; connected: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Members of `over` win; objects merge member by member (so unknown members of `base` survive), arrays and values replace. */
export function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    out[k] = isRecord(v) && isRecord(base[k]) ? deepMerge(base[k], v) : v;
  }
  return out;
}

export const helpCodes: Record<HelpType, string> = {
  GeneralOrOther: 'GeneralOrOther',
  TechnicalArchitecture: 'CustomerTechnicalArchitecture',
  ProofOfConcept: 'ProofOfConceptOrDemo',
  QuotesAndLicensing: 'QuotesOrLicensing',
  PostSalesSuccess: 'PostSalesCustomerSuccess',
  WorkloadValueProposition: 'WorkloadSpecificValueProposition',
};
const helpOfCode = (code: unknown): HelpType =>
  (Object.entries(helpCodes).find(([, c]) => c === code)?.[0] as HelpType | undefined) ?? 'GeneralOrOther';

export function reasonTextOf(reason: CloseReason, notes: string | undefined): string {
  const label = reason === 'Others' ? 'Others' : closeReasonLabels[reason];
  return notes?.trim() ? `${label}: ${notes.trim()}` : label;
}

/** statusReason is free text: a label (or "label: note") is that reason, anything else is Others with the text. */
export function reasonFromText(text: string): { statusReason: CloseReason; statusReasonNotes: string } {
  const t = text.trim();
  for (const reason of closeReasonSchema.options) {
    const label = reason === 'Others' ? 'others' : closeReasonLabels[reason].toLowerCase();
    const lower = t.toLowerCase();
    if (lower === label) return { statusReason: reason, statusReasonNotes: '' };
    if (lower.startsWith(`${label}:`)) return { statusReason: reason, statusReasonNotes: t.slice(label.length + 1).trim() };
  }
  return { statusReason: 'Others', statusReasonNotes: t };
}

/** Money on the wire: a number when whole, a numeric string with cents (both documented). */
const moneyOut = (v: string): number | string => (/^\d+(\.0+)?$/.test(v) ? Number(v) : v);

export function moneyIn(v: unknown, path: string): string {
  const text = typeof v === 'number' && Number.isFinite(v) && v >= 0 ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(text)) {
    const message = 'Send an amount as a number or a numeric string, like 25000 or "25000.50".';
    throw badRequest('ValidationFailed', `${path}: ${message}`, [{ target: path.slice(1).replaceAll('/', '.'), message }]);
  }
  return text;
}

const contactOut = (c: Contact) => ({ firstName: c.firstName, lastName: c.lastName, phoneNumber: c.phoneNumber, email: c.email });
const textOf = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const contactIn = (v: unknown): Contact => {
  const c = isRecord(v) ? v : {};
  return { firstName: textOf(c.firstName), lastName: textOf(c.lastName), phoneNumber: textOf(c.phoneNumber), email: textOf(c.email) };
};

export function solutionIn(v: unknown, catalog: Catalog): Solution {
  const s = isRecord(v) ? v : {};
  const id = textOf(s.id);
  const known = catalog.solutions.find((x) => x.id === id);
  if (known) return known;
  const publisher = typeof s.publisherName === 'string' && s.publisherName ? s.publisherName : 'Microsoft';
  return {
    id,
    name: typeof s.name === 'string' && s.name ? s.name : id,
    publisher,
    kind: publisher === catalog.partnerName ? 'own' : /^microsoft/i.test(publisher) ? 'microsoft' : 'thirdParty',
    registrationEligible: false,
  };
}

const asContacts = (v: unknown, path: string): Contact[] => {
  if (!Array.isArray(v)) throw badRequest('ValidationFailed', `${path}: send a list of contacts.`);
  return v.map(contactIn);
};

/** One referral in Microsoft's shape. */
export function toWire(e: Entry, o: WireOptions): Record<string, unknown> {
  const r = e.referral;
  const microsoft = e.owner === 'microsoft';
  const inbound = r.direction === 'inbound';
  const a = r.customerProfile.address;
  const self = `${o.baseUrl}/v1.0/engagements/referrals/${r.id}`;
  const shaped: Record<string, unknown> = {
    id: r.id,
    engagementId: r.engagementId,
    organizationId: microsoft ? MICROSOFT_ORG_ID : PARTNER_ORG_ID,
    organizationName: microsoft ? 'Microsoft' : o.catalog.partnerName,
    name: r.name,
    externalReferenceId: r.externalReferenceId || null,
    campaignId: r.campaignId || null,
    createdDateTime: r.createdDateTime,
    updatedDateTime: r.updatedDateTime,
    expirationDateTime: r.expirationDateTime ?? null,
    status: r.status,
    substatus: r.substatus,
    statusReason: r.statusReason ? reasonTextOf(r.statusReason, r.statusReasonNotes) : null,
    type: microsoft || o.connected ? 'Shared' : 'Independent',
    direction: microsoft || inbound ? 'Incoming' : 'Outgoing',
    target: microsoft ? [{ type: 'BusinessProfileLocation', id: MICROSOFT_ORG_ID }] : undefined,
    customerProfile: {
      name: r.customerProfile.name,
      address: { addressLine1: a.addressLine1, city: a.city, state: a.region, postalCode: a.postalCode, country: a.country },
      team: r.customerProfile.team.map(contactOut),
      ids: r.customerProfile.ids.duns ? [{ profileType: 'Duns', id: r.customerProfile.ids.duns }] : [],
    },
    consent: {
      consentToShareReferralWithMicrosoftSellers: r.consent.consentToShareReferralWithMicrosoftSellers,
      consentToContact: r.consent.consentToShareCustomerContact,
    },
    details: {
      notes: r.details.notes,
      dealValue: moneyOut(r.details.dealValue),
      currency: r.details.currency,
      closingDateTime: r.details.closingDateTime,
      requirements: { solutions: r.details.requirements.solutions.map((s) => ({ id: s.id, name: s.name, publisherName: s.publisher })) },
    },
    team: r.team.map(contactOut),
    inviteContext: microsoft
      ? {
          notes: r.inviteContext?.notes ?? '',
          assistanceRequestCode: helpCodes[r.inviteContext?.helpType ?? 'GeneralOrOther'],
          invitedBy: { organizationId: PARTNER_ORG_ID, organizationName: o.catalog.partnerName },
        }
      : inbound
        ? {
            invitedBy:
              r.senderName.includes('(Microsoft)') || !r.senderName
                ? { organizationId: MICROSOFT_ORG_ID, organizationName: r.senderName || 'Microsoft' }
                : { organizationId: 'partner', organizationName: r.senderName },
          }
        : undefined,
    salesStage: r.salesStage ?? null,
    eTag: o.withETag ? r.eTag : undefined,
    links: {
      self: { uri: self, method: 'GET' },
      relatedReferrals: { uri: `${o.baseUrl}/v1.0/engagements/referrals?$filter=engagementId eq '${r.engagementId}'`, method: 'GET' },
    },
  };
  const out = deepMerge(e.extra ?? {}, shaped);
  if (!o.withETag) delete out.eTag;
  return out;
}

/** The V3 PATCH path list: nothing else may be changed (not name, favorite or inviteContext). */
export const v3Paths = [
  '/status',
  '/substatus',
  '/statusReason',
  '/details/dealValue',
  '/details/currency',
  '/details/closingDateTime',
  '/details/notes',
  '/details/requirements/solutions',
  '/team',
  '/externalReferenceId',
  '/campaignId',
  '/salesStage',
  '/referralProgram',
  '/consent/consentToShareReferralWithMicrosoftSellers',
  '/customerProfile/team',
  '/team/-',
  '/customerProfile/team/-',
  '/details/requirements/solutions/-',
] as const;

export type WirePatchOp = { op: 'replace' | 'add'; path: (typeof v3Paths)[number]; value: unknown };

export function parseWirePatch(body: unknown): WirePatchOp[] {
  if (!Array.isArray(body))
    throw badRequest('InvalidPatch', 'The body must be a JSON Patch array: [{ "op": "replace", "path": "/status", "value": "Active" }].');
  if (body.length === 0) throw badRequest('InvalidPatch', 'The patch is empty: send at least one operation.');
  return body.map((raw, i) => {
    if (!isRecord(raw)) throw badRequest('InvalidPatch', `Operation ${i} is not an object.`);
    if (raw.op !== 'replace' && raw.op !== 'add')
      throw badRequest('UnsupportedPatchOperation', `Operation ${i}: "${String(raw.op)}" is not supported; only "replace" and "add" are.`);
    if (typeof raw.path !== 'string' || !(v3Paths as readonly string[]).includes(raw.path))
      throw badRequest(
        'PathNotPatchable',
        `Operation ${i}: path "${String(raw.path)}" cannot be changed. Patchable paths: ${v3Paths.join(', ')}.`,
      );
    if (!('value' in raw) || raw.value === undefined) throw badRequest('InvalidPatch', `Operation ${i} (${raw.path}) has no value.`);
    return { op: raw.op, path: raw.path as WirePatchOp['path'], value: raw.value };
  });
}

/** Applies Microsoft-shaped operations to the domain copy (and `extra` for what the domain does not hold). */
export function applyWirePatch(
  r: Referral,
  extra: Record<string, unknown>,
  ops: readonly WirePatchOp[],
  catalog: Catalog,
): { referral: Referral; extra: Record<string, unknown> } {
  const next = structuredClone(r);
  const more = structuredClone(extra);
  for (const { path, value } of ops) {
    switch (path) {
      case '/statusReason':
        Object.assign(
          next,
          typeof value === 'string' && value.trim() ? reasonFromText(value) : { statusReason: undefined, statusReasonNotes: undefined },
        );
        break;
      case '/details/dealValue':
        next.details.dealValue = moneyIn(value, path);
        break;
      case '/details/currency':
      case '/details/closingDateTime':
      case '/details/notes':
        (next.details as Record<string, unknown>)[path.split('/')[2]!] = value;
        break;
      case '/details/requirements/solutions':
        if (!Array.isArray(value)) throw badRequest('ValidationFailed', `${path}: send a list of solutions.`);
        next.details.requirements.solutions = value.map((s) => solutionIn(s, catalog));
        break;
      case '/details/requirements/solutions/-':
        next.details.requirements.solutions.push(solutionIn(value, catalog));
        break;
      case '/team':
        next.team = asContacts(value, path);
        break;
      case '/team/-':
        next.team.push(contactIn(value));
        break;
      case '/customerProfile/team':
        next.customerProfile.team = asContacts(value, path);
        break;
      case '/customerProfile/team/-':
        next.customerProfile.team.push(contactIn(value));
        break;
      case '/consent/consentToShareReferralWithMicrosoftSellers':
        next.consent.consentToShareReferralWithMicrosoftSellers = value as boolean;
        break;
      case '/referralProgram':
        more.referralProgram = value;
        break;
      default:
        (next as Record<string, unknown>)[path.slice(1)] = value;
    }
  }
  return { referral: next, extra: more };
}

/** The members of a POST body the domain models; the rest is kept as received. */
const modelled = new Set([
  'id',
  'eTag',
  'engagementId',
  'createdDateTime',
  'updatedDateTime',
  'status',
  'substatus',
  'statusReason',
  'direction',
  'organizationId',
  'organizationName',
  'links',
]);

/** Our new referral from a documented POST body: the domain copy and what it does not model. */
export function fromWireCreate(
  body: Record<string, unknown>,
  catalog: Catalog,
): { fields: Record<string, unknown>; extra: Record<string, unknown> } {
  const cp = isRecord(body.customerProfile) ? body.customerProfile : {};
  const address = isRecord(cp.address) ? cp.address : {};
  const consent = isRecord(body.consent) ? body.consent : {};
  const details = isRecord(body.details) ? body.details : {};
  const req = isRecord(details.requirements) ? details.requirements : {};
  const ids = Array.isArray(cp.ids) ? (cp.ids as unknown[]).filter(isRecord) : [];
  const duns = ids.find((x) => String(x.profileType).toLowerCase() === 'duns')?.id;
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (!modelled.has(k)) extra[k] = v;
  const fields = {
    name: body.name,
    externalReferenceId: body.externalReferenceId ?? '',
    campaignId: body.campaignId ?? '',
    direction: 'outbound',
    // What the service makes of a partner's new referral, whatever the body said (the documented answer is Active/Accepted).
    status: 'Active',
    substatus: 'Accepted',
    customerProfile: {
      name: cp.name,
      address: {
        addressLine1: address.addressLine1 ?? '',
        city: address.city,
        region: address.state ?? address.region ?? '',
        postalCode: address.postalCode ?? '',
        country: address.country,
      },
      ids: duns === undefined ? {} : { duns: textOf(duns) },
      team: Array.isArray(cp.team) ? cp.team.map(contactIn) : [],
    },
    consent: {
      consentToShareReferralWithMicrosoftSellers: consent.consentToShareReferralWithMicrosoftSellers === true,
      consentToShareCustomerContact: consent.consentToContact === true,
    },
    details: {
      dealValue: moneyIn(details.dealValue, '/details/dealValue'),
      currency: details.currency,
      closingDateTime: details.closingDateTime,
      notes: details.notes ?? '',
      requirements: { solutions: Array.isArray(req.solutions) ? req.solutions.map((s) => solutionIn(s, catalog)) : [] },
    },
    team: Array.isArray(body.team) ? body.team.map(contactIn) : [],
    ...(typeof body.salesStage === 'string' ? { salesStage: body.salesStage } : {}),
    senderName: '',
  };
  return { fields, extra };
}

/** The help request a connected Microsoft referral carries. */
export function inviteFromWire(
  body: Record<string, unknown>,
  nowIso: string,
  respondByIso: string,
): NonNullable<Referral['inviteContext']> {
  const ic = isRecord(body.inviteContext) ? body.inviteContext : {};
  return {
    helpType: helpOfCode(ic.assistanceRequestCode),
    notes: typeof ic.notes === 'string' ? ic.notes : '',
    invitedBy: '',
    invitedDateTime: nowIso,
    respondByDateTime: respondByIso,
    microsoftResponse: 'pending',
  };
}

export const targetsMicrosoft = (body: Record<string, unknown>): boolean =>
  Array.isArray(body.target) && body.target.some((t) => isRecord(t) && t.id === MICROSOFT_ORG_ID);
