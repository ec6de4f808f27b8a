import type { TFunction } from 'i18next';
import { knownActor, lifecycleActionTypes, type ReferralSubstatus, type Stage } from '../../../shared/domain';

/** "Received", "Accepted", "Archived · Won": the substatus only where it adds something. */
export function stageText(t: TFunction, stage: Stage, substatus: ReferralSubstatus): string {
  return stage === 'archived'
    ? t('stageWithSubstatus', { stage: t('stage.archived'), substatus: t(`substatus.${substatus}`) })
    : t(`stage.${stage}`);
}

const knownFields = new Set([
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
  'inviteContext',
  'salesStage',
  'registration',
  'favorite',
] as const);
type KnownField = typeof knownFields extends Set<infer F> ? F : never;

/** History records field paths of the referral resource; people read these words instead. */
export function fieldLabel(t: TFunction, path: string): string {
  return knownFields.has(path as KnownField) ? t(`field.${path as KnownField}`) : path;
}

/**
 * History records the lifecycle's actions, plus a deal's creation, the service's own updates (`serviceUpdate`; `sync`
 * in older records), a change sync could not send (`notSent`) and a conflict the seller settled (`conflictResolved`).
 */
const knownActions = new Set([...lifecycleActionTypes, 'create', 'sync', 'serviceUpdate', 'notSent', 'conflictResolved'] as const);
type KnownAction = typeof knownActions extends Set<infer A> ? A : never;

export function actionLabel(t: TFunction, action: string): string {
  return knownActions.has(action as KnownAction) ? t(`action.${action as KnownAction}`) : action;
}

/** Who made a change: "You", "Automatically", "Sync" in the language shown; a person's name as it came. */
export function actorLabel(t: TFunction, actor: string): string {
  const known = knownActor(actor);
  return known ? t(`actor.${known}`) : actor;
}
