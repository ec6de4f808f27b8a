import { referralSchema, type Referral } from '../../shared/domain';
import { ApiError, badRequest, issuesToDetails, notFound } from './errors';
import type { FaultRule } from './faults';
import type { ScheduledEvent } from './schedule';
import type { PatchResponse, Service } from './service';

/** Everything the service holds, for tests that compare the app's state with the service's. */
export type FakeState = {
  now: string;
  /** The partner's referrals (what the API lists), in list order (updatedDateTime asc). */
  referrals: Referral[];
  /** Microsoft's referrals in our engagements: never listed by the API. */
  microsoftReferrals: Referral[];
  scheduled: ScheduledEvent[];
  faults: FaultRule[];
  idempotentWrites: number;
  config: { patchResponse: PatchResponse };
};

export function snapshot(svc: Service): FakeState {
  svc.sweep();
  return structuredClone({
    now: svc.clock.nowIso(),
    referrals: svc.store.ordered().map((e) => e.referral),
    microsoftReferrals: svc.store.all('microsoft').map((e) => e.referral),
    scheduled: svc.microsoft.schedule.list(),
    faults: svc.faults.list(),
    idempotentWrites: svc.idempotency.size(),
    config: { ...svc.config },
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** RFC 7396 JSON merge patch: objects merge, arrays and values replace, null removes. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = isRecord(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- RFC 7396: null removes the member
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function validated(candidate: unknown): Referral {
  const parsed = referralSchema.safeParse(candidate);
  if (!parsed.success)
    throw badRequest('ValidationFailed', 'The referral would not be valid; see details.', issuesToDetails(parsed.error.issues));
  return parsed.data;
}

// The service owns eTag and updatedDateTime even for admin writes: list paging depends on them.
const serviceOwned = (r: Referral, keep: Pick<Referral, 'eTag' | 'updatedDateTime'>): Referral => ({
  ...r,
  eTag: keep.eTag,
  updatedDateTime: keep.updatedDateTime,
});

/**
 * Creates a referral as Microsoft would send it: an inbound referral received now, with `partial`
 * merged over it (any field, e.g. an expirationDateTime one hour away, or a whole outbound deal).
 */
export function createReferralAsMicrosoft(svc: Service, partial: unknown = {}): Referral {
  if (!isRecord(partial)) throw badRequest('InvalidBody', 'Send a JSON object with the referral fields to set.');
  svc.sweep();
  const draft = svc.microsoft.draftInbound(svc.clock.nowMs());
  const r = serviceOwned(validated(mergePatch(draft, partial)), { eTag: '', updatedDateTime: draft.updatedDateTime });
  if (svc.store.get(r.id) || svc.store.get(r.id, 'microsoft'))
    throw new ApiError(409, 'Conflict', `A referral with id ${r.id} exists already.`);
  return svc.microsoft.writeAsService(r);
}

/** Changes a referral as the service/Microsoft would: no If-Match, no transition rules, still schema-valid. */
export function updateReferralAsMicrosoft(svc: Service, id: string, patch: unknown): Referral {
  if (!isRecord(patch))
    throw badRequest('InvalidBody', 'Send a JSON merge patch object, e.g. { "details": { "notes": "changed by Microsoft" } }.');
  svc.sweep();
  const entry = svc.store.get(id) ?? svc.store.get(id, 'microsoft');
  if (!entry) throw notFound(`No referral with id ${id}.`);
  const r = serviceOwned(validated(mergePatch(entry.referral, { ...patch, id })), entry.referral);
  return entry.owner === 'partner' ? svc.microsoft.writeAsService(r) : svc.store.write(r, 'microsoft');
}
