import {
  stageLabels,
  type DealType,
  type MicrosoftResponse,
  type ReferralSubstatus,
  type SolutionKind,
  type Stage,
  type SyncState,
} from '../../../shared/domain';
import type { Tab } from '../../../shared/ipc';

export const tabLabels: Record<Tab, string> = { inbound: 'Inbound', outbound: 'Outbound', favorites: 'Favorites' };
export { stageLabels };
/** "Received", "Accepted", "Archived · Won": the substatus only where it adds something. */
export function stageText(stage: Stage, substatus: ReferralSubstatus): string {
  return stage === 'archived' ? `${stageLabels.archived} · ${substatus}` : stageLabels[stage];
}

/** Who started the deal: Microsoft or a partner sent it to us (inbound), or we created it (outbound). */
export const directionLabels: Record<'inbound' | 'outbound', string> = { inbound: 'Inbound', outbound: 'Outbound' };
export const dealTypeLabels: Record<DealType, string> = { coSell: 'Co-sell', privatePipeline: 'Private' };
export const solutionKindLabels: Record<SolutionKind, string> = {
  own: 'Our solution',
  microsoft: 'Microsoft solution',
  thirdParty: 'Partner solution',
};
export const microsoftResponseLabels: Record<MicrosoftResponse, string> = {
  pending: 'Waiting for Microsoft',
  engaged: 'Microsoft engaged',
  declined: 'Microsoft declined',
  noAnswer: 'No answer from Microsoft',
};
export const syncStateLabels: Record<SyncState, string> = {
  synced: 'Synced',
  pending: 'Not yet synced',
  conflict: 'Conflict: needs your decision',
  error: 'Sync error',
};

/** History records field paths of the referral resource; people read these words instead. */
const fieldLabels: Record<string, string> = {
  name: 'Deal name',
  'details.dealValue': 'Value',
  'details.currency': 'Currency',
  'details.closingDateTime': 'Close date',
  'details.notes': 'Notes',
  externalReferenceId: 'CRM ID',
  campaignId: 'Campaign ID',
  status: 'Status',
  substatus: 'Substatus',
  statusReason: 'Reason',
  statusReasonNotes: 'Reason notes',
  team: 'Team',
  'details.requirements.solutions': 'Solutions',
  'consent.consentToShareReferralWithMicrosoftSellers': 'Shared with Microsoft',
  inviteContext: 'Microsoft help request',
  salesStage: 'Sales stage',
  registration: 'Deal registration',
  favorite: 'Favorite',
};

export function fieldLabel(path: string): string {
  return fieldLabels[path] ?? path;
}

const actionLabels: Record<string, string> = {
  accept: 'Accepted',
  decline: 'Declined',
  expire: 'Expired',
  edit: 'Edited',
  addTeamMember: 'Added a team member',
  removeTeamMember: 'Removed a team member',
  setSolutions: 'Changed solutions',
  requestHelp: "Asked for Microsoft's help",
  setSalesStage: 'Set the sales stage',
  win: 'Marked as won',
  lose: 'Marked as lost',
  create: 'Created',
  sync: 'Updated by the service',
};

export function actionLabel(action: string): string {
  return actionLabels[action] ?? action;
}
