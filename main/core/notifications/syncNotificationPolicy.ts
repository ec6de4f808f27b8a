import { englishWords, type Words } from '../i18n/mainWords';
import { formatTimeLeft, namesOf, type PlannedNotification, type SentKey } from './expiryPolicy';
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
  /** The language the notifications are worded in (English when not given). */
  words?: Words;
};

/** Nothing is lost in quiet hours: everything due is held until `deferUntil`, then planned again. */
export type SyncPlan = { notifications: PlannedNotification[]; deferUntil: Date | null };

// Keys share the expiry keys' shape, "<referralId>@<what>", so the sent table can tell which deal each is for.
export const newInboundKey = (id: string): SentKey => `${id}@new`;
export const helpAnswerKey = (id: string, answer: string): SentKey => `${id}@help:${answer}`;
export const conflictKey = (id: string, detectedAt: string): SentKey => `${id}@conflict:${detectedAt}`;

/** More than this many of one kind in one sync become one summary: a first sync must not open fifty toasts. */
export const MAX_SINGLE = 3;

function planNewInbound(items: NewInboundRef[], now: number, words: Words): PlannedNotification[] {
  const single = (r: NewInboundRef): PlannedNotification => ({
    kind: 'newInbound',
    title: words.t('notify:newInboundTitle'),
    body: r.expiresAt
      ? words.t('notify:newInboundBodyDue', {
          name: r.name,
          customer: r.customerName,
          time: formatTimeLeft(Date.parse(r.expiresAt) - now, words),
        })
      : words.t('notify:nameAndCustomer', { name: r.name, customer: r.customerName }),
    referralId: r.id,
    keys: [newInboundKey(r.id)],
  });
  if (items.length <= MAX_SINGLE) return items.map(single);
  const [first] = items as [NewInboundRef, ...NewInboundRef[]];
  return [
    {
      kind: 'newInbound',
      title: words.t('notify:newInboundSummaryTitle', { count: items.length }),
      body: words.t('notify:namesSentence', {
        names: namesOf(
          items.map((r) => r.name),
          words,
        ),
      }),
      referralId: first.id,
      keys: items.map((r) => newInboundKey(r.id)),
    },
  ];
}

function planHelpAnswers(items: HelpAnswerRef[], words: Words): PlannedNotification[] {
  const single = (a: HelpAnswerRef): PlannedNotification => ({
    kind: 'helpAnswer',
    title: words.t('notify:helpAnswerTitle', { answer: words.t(`notify:answer.${a.answer}`), name: a.name }),
    body: words.t('notify:helpAnswerBody', { name: a.name, customer: a.customerName }),
    referralId: a.referralId,
    keys: [helpAnswerKey(a.referralId, a.answer)],
  });
  if (items.length <= MAX_SINGLE) return items.map(single);
  const [first] = items as [HelpAnswerRef, ...HelpAnswerRef[]];
  return [
    {
      kind: 'helpAnswer',
      title: words.t('notify:helpAnswersTitle', { count: items.length }),
      body: words.t('notify:namesSentence', {
        names: namesOf(
          items.map((a) => a.name),
          words,
        ),
      }),
      referralId: first.referralId,
      keys: items.map((a) => helpAnswerKey(a.referralId, a.answer)),
    },
  ];
}

function planConflicts(items: ConflictRef[], words: Words): PlannedNotification[] {
  if (items.length === 0) return [];
  const [first] = items as [ConflictRef, ...ConflictRef[]];
  const one = items.length === 1;
  return [
    {
      kind: 'conflicts',
      title: one ? words.t('notify:conflictTitle') : words.t('notify:conflictsTitle', { count: items.length }),
      body: one
        ? words.t('notify:conflictBody', { name: first.name })
        : words.t('notify:conflictsBody', {
            names: namesOf(
              items.map((c) => c.name),
              words,
            ),
          }),
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
  const words = input.words ?? englishWords();
  const notifications = [
    ...planConflicts(conflicts, words),
    ...planHelpAnswers(answers, words),
    ...planNewInbound(inbound, input.now.getTime(), words),
  ];
  if (notifications.length > 0 && isQuiet(input.now, input.quietHours, input.timeZone)) {
    return { notifications: [], deferUntil: quietEndsAt(input.now, input.quietHours, input.timeZone) };
  }
  return { notifications, deferUntil: null };
}
