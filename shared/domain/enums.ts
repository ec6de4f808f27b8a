import { z } from 'zod';
import { errorMessage } from '../i18n/messageKey';

// Values follow the Partner Center referral resource where it has names for them.
export const directionSchema = z.enum(['inbound', 'outbound']);
export type Direction = z.infer<typeof directionSchema>;

export const statusSchema = z.enum(['New', 'Active', 'Closed']);
export type ReferralStatus = z.infer<typeof statusSchema>;

export const substatusSchema = z.enum(['Pending', 'Received', 'Accepted', 'Won', 'Lost', 'Declined', 'Expired']);
export type ReferralSubstatus = z.infer<typeof substatusSchema>;

/** The stage people see, derived from status (SPEC vocabulary). */
export const stageSchema = z.enum(['received', 'accepted', 'archived']);
export type Stage = z.infer<typeof stageSchema>;
/** The words people read for each stage: the list, the filters, the detail and the lifecycle's refusals. */
export const stageLabels: Record<Stage, string> = { received: 'Received', accepted: 'Accepted', archived: 'Archived' };

export const dealTypeSchema = z.enum(['coSell', 'privatePipeline']);
export type DealType = z.infer<typeof dealTypeSchema>;

export const closeReasonSchema = z.enum(
  [
    'BudgetNotAdequate',
    'CustomerDidNotRespond',
    'CustomerChoseAnotherVendor',
    'CustomerRequirementNotMet',
    'NotACustomer',
    'TimelineTooShort',
    'ReportAbuse',
    'Others',
  ],
  { error: errorMessage('reason.choose') },
);
export type CloseReason = z.infer<typeof closeReasonSchema>;

/** The SPEC's numbered reason list, in its order, with the words people read. */
export const closeReasonLabels: Record<CloseReason, string> = {
  BudgetNotAdequate: 'Project budget is not adequate',
  CustomerDidNotRespond: 'Customer did not respond',
  CustomerChoseAnotherVendor: 'Customer chose another vendor',
  CustomerRequirementNotMet: 'Customer requirement not met',
  NotACustomer: 'Not a customer',
  TimelineTooShort: 'Proposed time line was too short',
  ReportAbuse: 'Report as abuse, spam or phishing',
  Others: 'Others',
};

export const helpTypeSchema = z.enum(
  ['WorkloadValueProposition', 'TechnicalArchitecture', 'ProofOfConcept', 'QuotesAndLicensing', 'PostSalesSuccess', 'GeneralOrOther'],
  { error: errorMessage('helpType.choose') },
);
export type HelpType = z.infer<typeof helpTypeSchema>;

export const helpTypeLabels: Record<HelpType, string> = {
  WorkloadValueProposition: 'Workload-specific value proposition',
  TechnicalArchitecture: 'Customer technical architecture',
  ProofOfConcept: 'Proof of concept/Demo',
  QuotesAndLicensing: 'Quotes and licensing',
  PostSalesSuccess: 'Post-sales customer success',
  GeneralOrOther: 'General or other',
};

export const salesStageSchema = z.enum(['Qualify', 'Develop', 'Propose', 'Close'], {
  error: errorMessage('salesStage.choose'),
});
export type SalesStage = z.infer<typeof salesStageSchema>;

export const solutionKindSchema = z.enum(['own', 'microsoft', 'thirdParty']);
export type SolutionKind = z.infer<typeof solutionKindSchema>;

/** Microsoft's answer to a help request (the status of Microsoft's referral in the engagement). */
export const microsoftResponseSchema = z.enum(['pending', 'engaged', 'declined', 'noAnswer']);
export type MicrosoftResponse = z.infer<typeof microsoftResponseSchema>;

export const syncStateSchema = z.enum(['synced', 'pending', 'conflict', 'error']);
export type SyncState = z.infer<typeof syncStateSchema>;
