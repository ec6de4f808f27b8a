import {
  contactSchema,
  RESPONSE_WINDOW_MS,
  referralSchema,
  salesStageSchema,
  type Contact,
  type HelpType,
  type MicrosoftResponse,
  type Referral,
  type Registration,
  type SolutionKind,
} from '../../../../shared/domain';
import { describeIssues } from '../syncDeps';
import { reasonOf } from './reasons';
import { MICROSOFT_ORG, wireReferralSchema, type AssistanceRequestCode, type WireContact, type WireReferral } from './wireSchema';

/** What the contract cannot carry, kept on this computer and laid over the service's copy (see toWire.ts). */
export type LocalFields = { name?: string; registration?: Registration };

export type DomainContext = {
  /** Microsoft's referral in the same engagement (its answer to our help request), as received. */
  microsoft?: unknown;
  local?: LocalFields | null;
};

export type Mapped = { ok: true; referral: Referral; wire: WireReferral } | { ok: false; id: string | null; details: string };

const substatusesOf: Record<WireReferral['status'], readonly string[]> = {
  New: ['Pending', 'Received'],
  Active: ['Accepted'],
  Closed: ['Won', 'Lost', 'Declined', 'Expired'],
};

export const helpTypeOfCode: Record<AssistanceRequestCode, HelpType> = {
  Unknown: 'GeneralOrOther',
  GeneralOrOther: 'GeneralOrOther',
  CustomerTechnicalArchitecture: 'TechnicalArchitecture',
  ProofOfConceptOrDemo: 'ProofOfConcept',
  QuotesOrLicensing: 'QuotesAndLicensing',
  PostSalesCustomerSuccess: 'PostSalesSuccess',
  WorkloadSpecificValueProposition: 'WorkloadValueProposition',
};

const idOf = (raw: unknown): string | null => {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 128 ? id : null;
};

/** ISO text with up to 7 fractional digits → the store's millisecond UTC form; undefined when absent or unreadable. */
function isoOf(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : value;
}

/** A number or numeric string → a decimal string with at most 2 decimals (never through a float when it is text). */
export function moneyOf(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '0';
  const text = typeof value === 'number' ? (Number.isInteger(value) ? value.toFixed(0) : String(value)) : value.trim();
  const m = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return text; // the domain schema reports it
  const [, digits = '', decimals = ''] = m;
  const whole = digits.replace(/^0+(?=\d)/, '');
  const frac = decimals.replace(/0+$/, '');
  if (frac.length <= 2) return frac ? `${whole}.${frac}` : whole;
  return Number(text).toFixed(2);
}

function dunsOf(ids: unknown): string | undefined {
  if (!Array.isArray(ids)) return undefined;
  for (const entry of ids as { profileType?: unknown; id?: unknown }[]) {
    if (
      typeof entry.profileType === 'string' &&
      entry.profileType.toLowerCase() === 'duns' &&
      entry.id !== null &&
      entry.id !== undefined
    ) {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a string or a number on the wire
      const digits = String(entry.id).replace(/\D/g, '');
      if (digits.length === 9) return digits;
    }
  }
  return undefined;
}

/** Members that are not valid contacts (no email, say) stay in the stored copy but are not shown. */
function contactsOf(team: readonly WireContact[] | null | undefined, max: number): Contact[] {
  const out: Contact[] = [];
  for (const c of team ?? []) {
    if (out.length >= max) break;
    const parsed = contactSchema.safeParse({ firstName: c.firstName, lastName: c.lastName, phoneNumber: c.phoneNumber, email: c.email });
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

function directionOf(w: WireReferral): Referral['direction'] {
  if (w.direction) return w.direction.toLowerCase() === 'incoming' ? 'inbound' : 'outbound';
  const by = w.inviteContext?.invitedBy?.organizationId;
  if (by) return by !== w.organizationId ? 'inbound' : 'outbound';
  // Nobody named: what we create answers Active/Accepted at once, so a New referral waits for our answer.
  return w.status === 'New' ? 'inbound' : 'outbound';
}

function kindOf(publisher: string | null | undefined, ourOrg: string | null | undefined): SolutionKind {
  if (!publisher || /^microsoft\b/i.test(publisher)) return 'microsoft';
  return ourOrg && publisher.trim().toLowerCase() === ourOrg.trim().toLowerCase() ? 'own' : 'thirdParty';
}

/** Microsoft's answer is the state of Microsoft's referral in the engagement. */
export function answerOf(m: Pick<WireReferral, 'status' | 'substatus'>): MicrosoftResponse {
  if (m.status === 'New') return 'pending';
  if (m.status === 'Active' || m.substatus === 'Won') return 'engaged';
  return m.substatus === 'Expired' ? 'noAnswer' : 'declined';
}

function inviteOf(raw: unknown): Referral['inviteContext'] {
  const parsed = wireReferralSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const m = parsed.data;
  const code = m.inviteContext?.assistanceRequestCode ?? 'Unknown';
  const invited = isoOf(m.createdDateTime) ?? new Date(0).toISOString();
  return {
    helpType: code in helpTypeOfCode ? helpTypeOfCode[code as AssistanceRequestCode] : 'GeneralOrOther',
    notes: (m.inviteContext?.notes ?? '').slice(0, 2000),
    invitedBy: m.inviteContext?.invitedBy?.organizationName ?? '',
    invitedDateTime: invited,
    respondByDateTime: isoOf(m.expirationDateTime) ?? new Date(Date.parse(invited) + RESPONSE_WINDOW_MS).toISOString(),
    microsoftResponse: answerOf(m),
  };
}

/**
 * Wire → domain, pure. Gaps the contract allows are filled as the README's mapping says (a missing name
 * shows the customer's, a missing value is 0, a missing closing date is the expiry or creation date);
 * a record without an id or with an unknown status is refused with the reason, for the caller to report.
 */
export function toDomain(raw: unknown, context: DomainContext | ((w: WireReferral) => DomainContext) = {}): Mapped {
  const parsed = wireReferralSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, id: idOf(raw), details: describeIssues(parsed.error.issues) };
  const w = parsed.data;
  const ctx = typeof context === 'function' ? context(w) : context;
  const allowed = substatusesOf[w.status];
  const substatus = w.substatus ?? allowed[0] ?? '';
  if (!allowed.includes(substatus)) {
    return { ok: false, id: w.id, details: `substatus: ${substatus} does not go with status ${w.status}` };
  }
  const direction = directionOf(w);
  const cp = w.customerProfile;
  const address = cp?.address;
  const created = isoOf(w.createdDateTime);
  const closing = isoOf(w.details?.closingDateTime) ?? isoOf(w.expirationDateTime) ?? created;
  const reason = w.statusReason && (substatus === 'Declined' || substatus === 'Lost') ? reasonOf(w.statusReason) : undefined;
  const duns = dunsOf(cp?.ids);
  const stage = w.salesStage ? salesStageSchema.safeParse(w.salesStage) : null;
  const candidate = {
    id: w.id,
    engagementId: w.engagementId || w.id,
    name: ctx.local?.name ?? (w.name?.trim() || cp?.name?.trim() || `Referral ${w.id.slice(0, 8)}`),
    externalReferenceId: w.externalReferenceId ?? '',
    campaignId: w.campaignId ?? '',
    direction,
    status: w.status,
    substatus,
    ...(reason ? { statusReason: reason.reason, statusReasonNotes: reason.notes.slice(0, 2000) } : {}),
    customerProfile: {
      name: cp?.name ?? '',
      address: {
        addressLine1: [address?.addressLine1, address?.addressLine2].filter((x) => x?.trim()).join(', '),
        city: address?.city ?? '',
        region: address?.state ?? address?.region ?? '',
        postalCode: address?.postalCode ?? '',
        country: (address?.country ?? '').toUpperCase(),
      },
      ids: duns ? { duns } : {},
      team: contactsOf(cp?.team, 20),
    },
    consent: {
      consentToShareReferralWithMicrosoftSellers: w.consent?.consentToShareReferralWithMicrosoftSellers ?? direction === 'inbound',
      consentToShareCustomerContact: w.consent?.consentToContact ?? false,
    },
    details: {
      dealValue: moneyOf(w.details?.dealValue),
      currency: (w.details?.currency ?? 'USD').toUpperCase(),
      closingDateTime: closing,
      notes: (w.details?.notes ?? '').slice(0, 4000),
      requirements: {
        solutions: (w.details?.requirements?.solutions ?? []).map((s) => ({
          id: s.id,
          name: s.name?.trim() || s.id,
          publisher: s.publisherName?.trim() || 'Microsoft',
          kind: kindOf(s.publisherName, w.organizationName),
          registrationEligible: false,
        })),
      },
    },
    team: contactsOf(w.team, 50),
    ...(ctx.microsoft ? { inviteContext: inviteOf(ctx.microsoft) } : {}),
    ...(stage?.success ? { salesStage: stage.data } : {}),
    ...(ctx.local?.registration ? { registration: ctx.local.registration } : {}),
    senderName:
      direction === 'inbound'
        ? (w.inviteContext?.invitedBy?.organizationName ??
          (w.inviteContext?.invitedBy?.organizationId === MICROSOFT_ORG ? 'Microsoft' : ''))
        : '',
    ...(w.expirationDateTime ? { expirationDateTime: isoOf(w.expirationDateTime) } : {}),
    createdDateTime: created,
    updatedDateTime: isoOf(w.updatedDateTime) ?? created,
    eTag: w.eTag ?? '',
  };
  const domain = referralSchema.safeParse(candidate);
  if (!domain.success) return { ok: false, id: w.id, details: describeIssues(domain.error.issues) };
  return { ok: true, referral: domain.data, wire: w };
}
