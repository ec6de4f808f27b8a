import { randomUUID } from 'node:crypto';
import {
  applyAction,
  isPastCloseDate,
  localDateOf,
  PAST_CLOSE_DATE_MESSAGE,
  referralFromNewDeal,
  referralSchema,
  type LifecycleAction,
  type NewDeal,
  type ReferralDetail,
} from '../../../shared/domain';
import { AppError } from '../../../shared/ipc';
import { nowIso, type CoreContext } from '../context';
import { notFound, type ReferralQueries } from './referralQueries';

/** A refusal's fields are the action's own paths; the contract names them under the input's `action`, as zod's are. */
const actionFields = (fields: Record<string, string> | undefined) =>
  fields && Object.fromEntries(Object.entries(fields).map(([path, message]) => [`action.${path}`, message]));

/**
 * referrals:act and referrals:create. Each user action is one transaction: the deal's row
 * (and its search index), an outbox intent for the service and a history entry are written together
 * or not at all, so what the seller saw as saved is exactly what sync will send.
 */
export function createReferralActions(ctx: CoreContext, queries: ReferralQueries) {
  const { db, store } = ctx;

  const act = db.transaction((id: string, action: LifecycleAction, now: string) => {
    const local = store.get(id);
    if (!local) throw notFound(id);
    const result = applyAction(local.referral, action, { now, actor: ctx.actor });
    if (!result.ok) throw new AppError(result.code, result.words, actionFields(result.fields));
    store.update(result.referral);
    const { seq } = store.enqueue(id, 'action', action, now);
    store.addHistory({
      referralId: id,
      at: now,
      actor: ctx.actor,
      action: action.type,
      changes: result.changes,
      outboxSeq: seq,
      synced: false,
    });
    store.addPending(id, 1);
  });

  const create = db.transaction((deal: NewDeal, now: string): string => {
    const id = `local-${randomUUID()}`;
    // The wizard's input is already validated; parsing the built referral catches a mismatch between the two schemas.
    const referral = referralSchema.parse(referralFromNewDeal(deal, { id, engagementId: randomUUID() }, { now, actor: ctx.actor }));
    store.insert(referral, 1);
    const { seq } = store.enqueue(id, 'create', referral, now);
    store.addHistory({ referralId: id, at: now, actor: ctx.actor, action: 'create', changes: [], outboxSeq: seq, synced: false });
    return id;
  });

  return {
    act(input: { id: string; action: LifecycleAction }): ReferralDetail {
      // Expiry belongs to the clock (applyExpiry) and to the service: it never becomes an outbox intent.
      if (input.action.type === 'expire') throw new AppError('EXPIRE_IS_AUTOMATIC', 'lifecycle.expireByHand');
      const id = queries.currentId(input.id);
      act.immediate(id, input.action, nowIso(ctx));
      ctx.changed([id]);
      return queries.detail(id);
    },
    create(input: { deal: NewDeal }): ReferralDetail {
      // A new deal closing in the past is a typo (SPEC F3); an existing deal's past close date is only warned about.
      if (isPastCloseDate(input.deal.closingDateTime, localDateOf(ctx.clock.now()))) {
        throw new AppError('BAD_INPUT', 'date.pastClose', { 'deal.closingDateTime': PAST_CLOSE_DATE_MESSAGE });
      }
      const id = create.immediate(input.deal, nowIso(ctx));
      ctx.changed([id]);
      return queries.detail(id);
    },
  };
}

export type ReferralActions = ReturnType<typeof createReferralActions>;
