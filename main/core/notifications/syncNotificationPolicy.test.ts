import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../shared/domain';
import { conflictKey, helpAnswerKey, newInboundKey, planSyncNotifications, type SyncPlanInput } from './syncNotificationPolicy';

const NOW = new Date('2026-11-24T12:00:00.000Z');
const on = { newInbound: true, helpAnswers: true, conflicts: true };
const plan = (over: Partial<SyncPlanInput>) =>
  planSyncNotifications({ outcome: {}, toggles: on, sent: new Set(), now: NOW, quietHours: null, timeZone: 'UTC', ...over });
const inbound = (id: string) => ({
  id,
  name: `Deal ${id}`,
  customerName: `Customer ${id}`,
  expiresAt: new Date(NOW.getTime() + 50 * HOUR_MS).toISOString(),
});

describe('sync notifications policy', () => {
  it('a new inbound referral names the deal, the customer and the time left to answer', () => {
    const { notifications } = plan({ outcome: { newInbound: [inbound('a')] } });
    expect(notifications).toEqual([
      {
        kind: 'newInbound',
        title: 'New referral received',
        body: 'Deal a — Customer a. Answer within 2 days 2 hours.',
        referralId: 'a',
        keys: [newInboundKey('a')],
      },
    ]);
  });

  it('many of one kind become one summary that opens the first', () => {
    const { notifications } = plan({ outcome: { newInbound: ['a', 'b', 'c', 'd', 'e'].map(inbound) } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      title: '5 new referrals received',
      body: 'Deal a, Deal b, Deal c and 2 more.',
      referralId: 'a',
    });
    expect(notifications[0]?.keys).toHaveLength(5);
  });

  it("Microsoft's answer and conflicts have their own wording; conflicts come first", () => {
    const { notifications } = plan({
      outcome: {
        helpAnswers: [{ referralId: 'h', name: 'Fabrikam rollout', customerName: 'Fabrikam', answer: 'engaged' }],
        conflicts: [{ referralId: 'c', name: 'Contoso renewal', detectedAt: '2026-11-24T11:00:00.000Z' }],
      },
    });
    expect(notifications.map((n) => [n.kind, n.title])).toEqual([
      ['conflicts', 'A change needs your decision'],
      ['helpAnswer', 'Microsoft engaged: Fabrikam rollout'],
    ]);
    expect(notifications[0]?.keys).toEqual([conflictKey('c', '2026-11-24T11:00:00.000Z')]);
    expect(notifications[1]?.keys).toEqual([helpAnswerKey('h', 'engaged')]);
  });

  it('each kind can be switched off on its own', () => {
    const outcome = {
      newInbound: [inbound('a')],
      helpAnswers: [{ referralId: 'h', name: 'H', customerName: 'C', answer: 'declined' as const }],
      conflicts: [{ referralId: 'c', name: 'C', detectedAt: 'x' }],
    };
    expect(plan({ outcome, toggles: { ...on, newInbound: false } }).notifications.map((n) => n.kind)).toEqual(['conflicts', 'helpAnswer']);
    expect(plan({ outcome, toggles: { ...on, helpAnswers: false } }).notifications.map((n) => n.kind)).toEqual(['conflicts', 'newInbound']);
    expect(plan({ outcome, toggles: { ...on, conflicts: false } }).notifications.map((n) => n.kind)).toEqual(['helpAnswer', 'newInbound']);
  });

  it('what was shown before (persisted keys) and duplicates within a pass are not shown again', () => {
    const { notifications } = plan({
      outcome: { newInbound: [inbound('a'), inbound('a'), inbound('b')] },
      sent: new Set([newInboundKey('b')]),
    });
    expect(notifications.map((n) => n.referralId)).toEqual(['a']);
    expect(notifications[0]?.keys).toEqual([newInboundKey('a')]);
  });

  it('in quiet hours nothing is shown and the plan says when to try again', () => {
    const r = plan({ outcome: { newInbound: [inbound('a')] }, quietHours: { start: '11:00', end: '13:30' } });
    expect(r).toEqual({ notifications: [], deferUntil: new Date('2026-11-24T13:30:00.000Z') });
    expect(plan({ outcome: {}, quietHours: { start: '11:00', end: '13:30' } })).toEqual({ notifications: [], deferUntil: null });
  });
});
