import { closeReasonSchema, RESPONSE_WINDOW_MS, type MicrosoftResponse, type Referral } from '../../shared/domain';
import type { Catalog } from './catalogData';
import type { ServiceClock } from './clock';
import type { Rng } from './prng';
import { asksForHelp } from './rules';
import { createSchedule, type ScheduledEvent } from './schedule';
import { newInbound } from './seedData';
import type { ReferralStore } from './store';

const HOUR_MS = 3_600_000;
export type Answer = Exclude<MicrosoftResponse, 'pending'>;

export type MicrosoftOptions = {
  /** Mean gap between new inbound referrals from Microsoft sellers; off when undefined. */
  newInboundEveryMs?: number;
};

/**
 * Microsoft's side of the service: its sellers' answers to our help requests, new inbound referrals,
 * and expiry. It acts only when the service clock is read through `sweep()` (every request does), so a
 * test that advances the clock sees everything that was due, in time order, stamped with its due time.
 */
export function createMicrosoft(
  deps: { store: ReferralStore; clock: ServiceClock; rng: Rng; ids: Rng; data: Rng; catalog: Catalog },
  options: MicrosoftOptions,
) {
  const { store, clock, rng, catalog } = deps;
  const schedule = createSchedule();
  const iso = (ms: number) => new Date(ms).toISOString();

  // Only a new or changed expirationDateTime is scheduled, so repeated writes do not pile up events.
  const expiryScheduled = new Map<string, string>();
  const scheduleExpiry = (r: Referral) => {
    if (r.direction === 'inbound' && r.status === 'New' && r.expirationDateTime && expiryScheduled.get(r.id) !== r.expirationDateTime) {
      expiryScheduled.set(r.id, r.expirationDateTime);
      schedule.add({ at: Date.parse(r.expirationDateTime), kind: 'expire', id: r.id, expirationDateTime: r.expirationDateTime });
    }
  };

  /** Seeded: engaged half the time, declined or silent a quarter each; answers come within 14 days. */
  const scheduleAnswer = (engagementId: string, fromMs: number, respondByMs: number) => {
    const outcome = rng.pick<Answer>(['engaged', 'engaged', 'declined', 'noAnswer']);
    const earliest = Math.min(fromMs + HOUR_MS, respondByMs);
    const at = outcome === 'noAnswer' ? respondByMs : rng.int(earliest, Math.max(earliest, respondByMs - HOUR_MS));
    schedule.add({ at, kind: 'answer', engagementId, outcome });
  };

  /** Microsoft's own referral in the engagement: what its sellers see of our help request. */
  const microsoftCopy = (ours: Referral, createdMs: number): Referral => ({
    ...structuredClone(ours),
    id: deps.ids.uuid(),
    direction: 'inbound',
    status: 'New',
    substatus: 'Received',
    team: [],
    senderName: catalog.partnerName,
    expirationDateTime: iso(createdMs + RESPONSE_WINDOW_MS),
    createdDateTime: iso(createdMs),
    updatedDateTime: iso(createdMs),
  });

  const hasMicrosoftSide = (engagementId: string) => store.byEngagement(engagementId).some((e) => e.owner === 'microsoft');

  const answerRecord = (m: Referral, outcome: Answer): Referral => {
    if (outcome === 'engaged') return { ...m, status: 'Active', substatus: 'Accepted' };
    if (outcome === 'declined')
      return {
        ...m,
        status: 'Closed',
        substatus: 'Declined',
        statusReason: rng.pick(closeReasonSchema.options.filter((o) => o !== 'Others')),
      };
    return { ...m, status: 'Closed', substatus: 'Expired' };
  };

  /** Applies an answer: Microsoft's referral moves, and our referral's inviteContext shows it (so delta sync sees it). */
  const applyAnswer = (engagementId: string, outcome: Answer, atMs?: number) => {
    for (const e of store.byEngagement(engagementId)) {
      const r = e.referral;
      if (e.owner === 'microsoft' && r.status === 'New') store.write(answerRecord(r, outcome), 'microsoft', atMs);
      if (e.owner === 'partner' && r.status !== 'Closed' && r.inviteContext?.microsoftResponse === 'pending') {
        store.write({ ...r, inviteContext: { ...r.inviteContext, microsoftResponse: outcome } }, 'partner', atMs);
      }
    }
  };

  const fire = (e: ScheduledEvent) => {
    if (e.kind === 'expire') {
      const r = store.get(e.id)?.referral;
      if (r && r.status === 'New' && r.expirationDateTime === e.expirationDateTime)
        store.write({ ...r, status: 'Closed', substatus: 'Expired' }, 'partner', e.at);
    } else if (e.kind === 'answer') {
      applyAnswer(e.engagementId, e.outcome, e.at);
    } else {
      createInbound(e.at);
      scheduleNextInbound(e.at);
    }
  };

  const draftInbound = (atMs: number): Referral => newInbound({ rng: deps.data, ids: deps.ids, catalog, nowMs: atMs });

  /** Stores a referral as the service's own doing (not a partner PATCH): no eTag check, no transition rules. */
  const writeAsService = (r: Referral, atMs?: number): Referral => {
    const stored = store.write(r, 'partner', atMs);
    afterPartnerWrite(stored);
    return stored;
  };

  const createInbound = (atMs: number): Referral => writeAsService(draftInbound(atMs), atMs);

  /** After every write of a partner referral: expiry, and a new help request brings Microsoft's side. */
  function afterPartnerWrite(r: Referral) {
    scheduleExpiry(r);
    if (!asksForHelp(r) || hasMicrosoftSide(r.engagementId)) return;
    const now = clock.nowMs();
    store.write(microsoftCopy(r, now), 'microsoft', now);
    scheduleAnswer(r.engagementId, now, now + RESPONSE_WINDOW_MS);
  }

  const scheduleNextInbound = (fromMs: number) => {
    const every = options.newInboundEveryMs;
    if (every && every > 0) schedule.add({ at: fromMs + Math.round(every * (0.5 + rng.next())), kind: 'newInbound' });
  };

  return {
    schedule,
    /** After initial data is loaded: expiries, Microsoft's side of open help requests, the inbound generator. */
    start(nowMs: number) {
      for (const e of store.all('partner')) {
        const r = e.referral;
        scheduleExpiry(r);
        if (r.direction !== 'outbound' || !asksForHelp(r) || !r.inviteContext) continue;
        const copy = answerRecord(
          microsoftCopy(r, Date.parse(r.inviteContext.invitedDateTime)),
          r.inviteContext.microsoftResponse === 'pending' ? 'engaged' : r.inviteContext.microsoftResponse,
        );
        store.load(r.inviteContext.microsoftResponse === 'pending' ? { ...copy, status: 'New', substatus: 'Received' } : copy, 'microsoft');
        if (r.inviteContext.microsoftResponse === 'pending')
          scheduleAnswer(r.engagementId, nowMs, Date.parse(r.inviteContext.invitedDateTime) + RESPONSE_WINDOW_MS);
      }
      scheduleNextInbound(nowMs);
    },
    /** Runs everything due by now, earliest first. */
    sweep() {
      const now = clock.nowMs();
      for (let e = schedule.popDue(now); e; e = schedule.popDue(now)) fire(e);
    },
    afterPartnerWrite,
    draftInbound,
    writeAsService,
    /** A new inbound referral from a Microsoft seller, received now. */
    newInboundReferral: () => createInbound(clock.nowMs()),
    /** Answers a help request now, whatever the seed had planned (the planned answer then finds nothing to do). */
    answer(engagementId: string, outcome: Answer) {
      if (!hasMicrosoftSide(engagementId)) throw new Error(`No help request in engagement ${engagementId}`);
      applyAnswer(engagementId, outcome);
    },
  };
}

export type Microsoft = ReturnType<typeof createMicrosoft>;
