import { formatTimeLeft, type PlannedNotification, type SentKey } from './expiryPolicy';
import { isQuiet, quietEndsAt, type QuietHours } from './quietHours';

/** A referral that arrived from the service in this sync (inbound, Received). */
export type NewInboundRef = { id: string; name: string; customerName: string; expiresAt: string | null };
/** Microsoft's seller answered a help request on one of our deals. */
export type HelpAnswerRef = { referralId: string; name: string; customerName: string; answer: 'engaged' | 'declined' | 'noAnswer' };
/** A change of ours overlaps the service's: the seller must choose. `detectedAt` tells two conflicts on one deal apart. */
export type ConflictRef = { referralId: string; name: string; detectedAt: string };

/** What a sync pass tells the notifications; the sync engine calls `notifySyncOutcome` with it. */
export type SyncOutcome = {
  newInbound?: readonly NewInboundRef[];
  helpAnswers?: readonly HelpAnswerRef[];
  conflicts?: readonly ConflictRef[];
};

export type SyncNotificationToggles = { newInbound: boolean; helpAnswers: boolean; conflicts: boolean };

export type SyncPlanInput = {
  outcome: SyncOutcome;
  toggles: SyncNotificationToggles;
  /** Keys already shown (persisted), so a re-reported item is never shown twice. */
  sent: ReadonlySet<SentKey>;
  now: Date;
  quietHours: QuietHours;
  timeZone: string;
};

/** Nothing is lost in quiet hours: everything due is held until `deferUntil`, then planned again. */
export type SyncPlan = { notifications: PlannedNotification[]; deferUntil: Date | null };

// Keys share the expiry keys' shape, "<referralId>@<what>", so the sent table can tell which deal each is for.
export const newInboundKey = (id: string): SentKey => `${id}@new`;
export const helpAnswerKey = (id: string, answer: string): SentKey => `${id}@help:${answer}`;
export const conflictKey = (id: string, detectedAt: string): SentKey => `${id}@conflict:${detectedAt}`;

/** More than this many of one kind in one sync become one summary: a first sync must not open fifty toasts. */
export const MAX_SINGLE = 3;

const answerWords: Record<HelpAnswerRef['answer'], string> = {
  engaged: 'Microsoft engaged',
  declined: 'Microsoft declined to help',
  noAnswer: 'Microsoft did not answer in time',
};

const namesOf = (names: string[]) => names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');

function planNewInbound(items: NewInboundRef[], now: number): PlannedNotification[] {
  const single = (r: NewInboundRef): PlannedNotification => ({
    kind: 'newInbound',
    title: 'New referral received',
    body: `${r.name} — ${r.customerName}.` + (r.expiresAt ? ` Answer within ${formatTimeLeft(Date.parse(r.expiresAt) - now)}.` : ''),
    referralId: r.id,
    keys: [newInboundKey(r.id)],
  });
  if (items.length <= MAX_SINGLE) return items.map(single);
  const [first] = items as [NewInboundRef, ...NewInboundRef[]];
  return [
    {
      kind: 'newInbound',
      title: `${items.length} new referrals received`,
      body: `${namesOf(items.map((r) => r.name))}.`,
      referralId: first.id,
      keys: items.map((r) => newInboundKey(r.id)),
    },
  ];
}

function planHelpAnswers(items: HelpAnswerRef[]): PlannedNotification[] {
  const single = (a: HelpAnswerRef): PlannedNotification => ({
    kind: 'helpAnswer',
    title: `${answerWords[a.answer]}: ${a.name}`,
    body: `${a.name} — ${a.customerName}. Open the deal to see Microsoft's answer to your help request.`,
    referralId: a.referralId,
    keys: [helpAnswerKey(a.referralId, a.answer)],
  });
  if (items.length <= MAX_SINGLE) return items.map(single);
  const [first] = items as [HelpAnswerRef, ...HelpAnswerRef[]];
  return [
    {
      kind: 'helpAnswer',
      title: `Microsoft answered ${items.length} help requests`,
      body: `${namesOf(items.map((a) => a.name))}.`,
      referralId: first.referralId,
      keys: items.map((a) => helpAnswerKey(a.referralId, a.answer)),
    },
  ];
}

function planConflicts(items: ConflictRef[]): PlannedNotification[] {
  if (items.length === 0) return [];
  const [first] = items as [ConflictRef, ...ConflictRef[]];
  const one = items.length === 1;
  return [
    {
      kind: 'conflicts',
      title: one ? 'A change needs your decision' : `${items.length} changes need your decision`,
      body: one
        ? `${first.name}: your change and the service's overlap. Open the deal to choose which to keep.`
        : `${namesOf(items.map((c) => c.name))}: your changes and the service's overlap.`,
      referralId: first.referralId,
      keys: items.map((c) => conflictKey(c.referralId, c.detectedAt)),
    },
  ];
}

/**
 * Which notifications a sync pass raises (SPEC F5): new inbound referrals, Microsoft's answers to help
 * requests, conflicts waiting for a decision. Each kind has its own switch; an item already shown (its
 * key is in `sent`) is not shown again; in quiet hours nothing is shown and the caller retries when they end.
 * Pure: the caller persists the keys and shows the notifications.
 */
export function planSyncNotifications(input: SyncPlanInput): SyncPlan {
  const { outcome, toggles, sent } = input;
  const unseen = <T>(items: readonly T[] | undefined, keyOf: (item: T) => SentKey): T[] => {
    const seen = new Set<SentKey>();
    return (items ?? []).filter((item) => {
      const key = keyOf(item);
      if (sent.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  const inbound = toggles.newInbound ? unseen(outcome.newInbound, (r) => newInboundKey(r.id)) : [];
  const answers = toggles.helpAnswers ? unseen(outcome.helpAnswers, (a) => helpAnswerKey(a.referralId, a.answer)) : [];
  const conflicts = toggles.conflicts ? unseen(outcome.conflicts, (c) => conflictKey(c.referralId, c.detectedAt)) : [];
  const notifications = [...planConflicts(conflicts), ...planHelpAnswers(answers), ...planNewInbound(inbound, input.now.getTime())];
  if (notifications.length > 0 && isQuiet(input.now, input.quietHours, input.timeZone)) {
    return { notifications: [], deferUntil: quietEndsAt(input.now, input.quietHours, input.timeZone) };
  }
  return { notifications, deferUntil: null };
}
