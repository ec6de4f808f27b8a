import type { LifecycleAction, LifecycleActionType } from './actions';
import { coSellProblems } from './coSellRule';
import { dealTypeOf, expiryOf, isExpiredAt, REGISTRATION_DELAY_MS, RESPONSE_WINDOW_MS, stageOf } from './derive';
import type { Stage } from './enums';
import {
  decodeWords,
  errorMessage,
  errorWords,
  inEnglish,
  wordsOf,
  type ErrorKey,
  type MessageParams,
  type MessageWords,
} from '../i18n/messageKey';
import type { FieldChange, Referral } from './referral';

export type RefusalCode =
  | 'ARCHIVED_READ_ONLY'
  | 'NOT_ALLOWED_IN_STAGE'
  | 'NOT_ALLOWED_FOR_DIRECTION'
  | 'EXPIRED'
  | 'NOT_YET_EXPIRED'
  | 'ALREADY_CO_SELL'
  | 'CO_SELL_NEEDS_CONTACT'
  | 'REGISTRATION_TOO_EARLY'
  | 'DUPLICATE_TEAM_MEMBER'
  | 'LAST_TEAM_MEMBER'
  | 'NOT_FOUND'
  | 'NO_CHANGE';

/**
 * `words`: what the seller reads (key + params of the `errors` namespace), `message`: the same in English (logs).
 * `fields`: the action's own field paths ("customerContact", "member.email") → encoded message, for the form that sent it.
 */
export type Refusal = { ok: false; code: RefusalCode; words: MessageWords; message: string; fields?: Record<string, string> };
export type Applied = { ok: true; referral: Referral; changes: FieldChange[] };
export type LifecycleResult = Applied | Refusal;

export type LifecycleContext = { now: string; actor: string };

/** Which actions each stage allows (SPEC F1). Archived allows none: it is read-only. */
export const allowedActions: Record<Stage, readonly LifecycleActionType[]> = {
  received: ['accept', 'decline', 'expire'],
  accepted: ['edit', 'addTeamMember', 'removeTeamMember', 'setSolutions', 'requestHelp', 'setSalesStage', 'win', 'lose'],
  archived: [],
};

/** "cannot be {{action}}": the action's words, said in the refusal's language. */
const actionWords = (type: LifecycleActionType): MessageWords => errorWords(`action.${type}`);

function refuse(code: RefusalCode, key: ErrorKey, params?: MessageParams, fields?: Record<string, string>): Refusal {
  const words = errorWords(key, params);
  return fields ? { ok: false, code, words, message: inEnglish(words), fields } : { ok: false, code, words, message: inEnglish(words) };
}

/** A refusal whose headline is one of its field messages (encoded words, see coSellRule.ts). */
function refusalOf(code: RefusalCode, message: string, fields: Record<string, string>): Refusal {
  const words = decodeWords(message) ?? errorWords('input.problem', { problem: message });
  return { ok: false, code, words, message: inEnglish(words), fields };
}

/** May this action be taken on this deal at this time? A refusal explains why in plain words. */
export function checkAction(r: Referral, type: LifecycleActionType, now: string): Refusal | null {
  const stage = stageOf(r.status);
  if (stage === 'archived') {
    return refuse('ARCHIVED_READ_ONLY', 'lifecycle.archived', { name: r.name, substatus: wordsOf(`common:substatus.${r.substatus}`) });
  }
  if (!allowedActions[stage].includes(type)) {
    return refuse('NOT_ALLOWED_IN_STAGE', 'lifecycle.notInStage', { stage: wordsOf(`common:stage.${stage}`), action: actionWords(type) });
  }
  if (stage === 'received' && r.direction !== 'inbound') {
    return refuse('NOT_ALLOWED_FOR_DIRECTION', 'lifecycle.direction');
  }
  if ((type === 'accept' || type === 'decline') && isExpiredAt(r, now)) {
    return refuse('EXPIRED', 'lifecycle.expired', { date: expiryOf(r).slice(0, 10), action: actionWords(type) });
  }
  if (type === 'expire' && !isExpiredAt(r, now)) {
    return refuse('NOT_YET_EXPIRED', 'lifecycle.notYetExpired', { date: expiryOf(r) });
  }
  return null;
}

function diff(before: Referral, after: Referral, fields: readonly string[]): FieldChange[] {
  const get = (o: Referral, path: string): unknown =>
    path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
  return fields
    .map((field) => ({ field, from: get(before, field), to: get(after, field) }))
    .filter((c) => JSON.stringify(c.from) !== JSON.stringify(c.to));
}

const trackedFields = [
  'name',
  'details.dealValue',
  'details.currency',
  'details.closingDateTime',
  'details.notes',
  'externalReferenceId',
  'campaignId',
  'status',
  'substatus',
  'statusReason',
  'statusReasonNotes',
  'team',
  'details.requirements.solutions',
  'consent.consentToShareReferralWithMicrosoftSellers',
  'consent.consentToShareCustomerContact',
  'customerProfile.team',
  'inviteContext',
  'salesStage',
  'registration',
] as const;

/**
 * Applies one lifecycle action to a deal: the new deal and what changed, or a refusal with a code and a sentence.
 * Pure: the caller stores the result, records the history and queues the change for the service.
 */
export function applyAction(r: Referral, action: LifecycleAction, ctx: LifecycleContext): LifecycleResult {
  const refusal = checkAction(r, action.type, ctx.now);
  if (refusal) return refusal;
  const next = transform(r, action, ctx);
  if (!next.ok) return next;
  const referral: Referral = { ...next.referral, updatedDateTime: ctx.now };
  const changes = diff(r, referral, trackedFields);
  if (changes.length === 0) return refuse('NO_CHANGE', 'lifecycle.noChange');
  return { ok: true, referral, changes };
}

function withEdits(r: Referral, edits: Partial<Record<string, string>>): Referral {
  return {
    ...r,
    name: edits.name ?? r.name,
    externalReferenceId: edits.externalReferenceId ?? r.externalReferenceId,
    campaignId: edits.campaignId ?? r.campaignId,
    details: {
      ...r.details,
      dealValue: edits.dealValue ?? r.details.dealValue,
      currency: edits.currency ?? r.details.currency,
      closingDateTime: edits.closingDateTime ?? r.details.closingDateTime,
      notes: edits.notes ?? r.details.notes,
    },
  };
}

/** `pathOf(i)`: where the i-th new member sits in the action, for the field message. */
function addMembers(r: Referral, members: Referral['team'], pathOf: (i: number) => string): Referral | Refusal {
  const known = new Set(r.team.map((m) => m.email.toLowerCase()));
  for (const [i, m] of members.entries()) {
    if (known.has(m.email.toLowerCase())) {
      return refuse(
        'DUPLICATE_TEAM_MEMBER',
        'lifecycle.duplicateMember',
        { name: `${m.firstName} ${m.lastName}`, email: m.email },
        { [pathOf(i)]: errorMessage('lifecycle.alreadyOnTeam') },
      );
    }
    known.add(m.email.toLowerCase());
  }
  return { ...r, team: [...r.team, ...members] };
}

function transform(r: Referral, a: LifecycleAction, ctx: LifecycleContext): { ok: true; referral: Referral } | Refusal {
  const ok = (referral: Referral) => ({ ok: true as const, referral });
  switch (a.type) {
    case 'accept': {
      const withTeam = addMembers(withEdits(r, a.edits), a.addTeam, (i) => `addTeam.${i}.email`);
      if ('ok' in withTeam) return withTeam;
      return ok({ ...withTeam, status: 'Active', substatus: 'Accepted', acceptedDateTime: ctx.now });
    }
    case 'decline':
      return ok({
        ...r,
        status: 'Closed',
        substatus: 'Declined',
        statusReason: a.reason,
        statusReasonNotes: a.notes ?? '',
        closedDateTime: ctx.now,
      });
    case 'expire':
      return ok({ ...r, status: 'Closed', substatus: 'Expired', closedDateTime: ctx.now });
    case 'edit':
      return ok(withEdits(r, a.edits));
    case 'addTeamMember': {
      const next = addMembers(r, [a.member], () => 'member.email');
      return 'ok' in next ? next : ok(next);
    }
    case 'removeTeamMember': {
      const team = r.team.filter((m) => m.email.toLowerCase() !== a.email.toLowerCase());
      if (team.length === r.team.length) return refuse('NOT_FOUND', 'lifecycle.memberNotFound', { email: a.email });
      if (team.length === 0) return refuse('LAST_TEAM_MEMBER', 'lifecycle.lastMember');
      return ok({ ...r, team });
    }
    case 'setSolutions':
      return ok({ ...r, details: { ...r.details, requirements: { solutions: a.solutions } } });
    case 'requestHelp': {
      // A private deal can be upgraded to co-sell in any non-terminal stage; a co-sell deal is never downgraded.
      if (dealTypeOf(r) === 'coSell' && r.inviteContext) {
        return refuse('ALREADY_CO_SELL', 'lifecycle.alreadyCoSell');
      }
      // A co-sell referral that came in (from Microsoft or a partner through Microsoft) is shared with Microsoft already.
      if (dealTypeOf(r) === 'coSell' && r.direction === 'inbound') {
        return refuse('ALREADY_CO_SELL', 'lifecycle.alreadyCoSellInbound');
      }
      // The same rule as the wizard's (coSellRule.ts): a contact the deal has, or one given with the request, and consent.
      const contact = a.customerContact ?? r.customerProfile.team[0];
      const consent = a.consentToShareCustomerContact || r.consent.consentToShareCustomerContact;
      const problems = coSellProblems({ helpType: a.helpType, customerContact: contact, consentToShareCustomerContact: consent });
      const first = Object.values(problems)[0];
      if (first) return refusalOf('CO_SELL_NEEDS_CONTACT', first, problems);
      const respondBy = new Date(Date.parse(ctx.now) + RESPONSE_WINDOW_MS).toISOString();
      return ok({
        ...r,
        customerProfile:
          a.customerContact && r.customerProfile.team.length === 0
            ? { ...r.customerProfile, team: [a.customerContact] }
            : r.customerProfile,
        consent: { ...r.consent, consentToShareReferralWithMicrosoftSellers: true, consentToShareCustomerContact: true },
        inviteContext: {
          helpType: a.helpType,
          notes: a.notes,
          invitedBy: ctx.actor,
          invitedDateTime: ctx.now,
          respondByDateTime: respondBy,
          microsoftResponse: 'pending',
        },
      });
    }
    case 'setSalesStage':
      return ok({ ...r, salesStage: a.salesStage });
    case 'win': {
      if (a.registration) {
        const earliest = Date.parse(r.createdDateTime) + REGISTRATION_DELAY_MS;
        if (Date.parse(ctx.now) < earliest) {
          return refuse('REGISTRATION_TOO_EARLY', 'lifecycle.registrationTooEarly', {
            date: new Date(earliest).toISOString().slice(0, 16).replace('T', ' '),
          });
        }
      }
      return ok({ ...r, status: 'Closed', substatus: 'Won', registration: a.registration ?? r.registration, closedDateTime: ctx.now });
    }
    case 'lose':
      return ok({
        ...r,
        status: 'Closed',
        substatus: 'Lost',
        statusReason: a.reason,
        statusReasonNotes: a.notes ?? '',
        closedDateTime: ctx.now,
      });
  }
}

/** Does any solution on the deal make Won ask for deal registration? */
export function needsRegistration(r: Referral): boolean {
  return r.details.requirements.solutions.some((s) => s.registrationEligible);
}
