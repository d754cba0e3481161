export {
  type BalancePolicy,
  type BalancePolicyInput,
  type BalancePolicySetting,
  balancePolicySchema,
  balancePolicySettingSchema,
  defaultBalancePolicy,
  type GroupBound,
  parseBalancePolicy,
} from './balance-policy';
export { type Candidate, candidateSchema, candidatesSchema } from './candidate';
export {
  fairShortlist,
  type ShortlistFound,
  type ShortlistInfeasible,
  type ShortlistResult,
} from './fair-shortlist';
export { FairnessValidationError, type ValidationIssue } from './fairness-validation-error';
export { GENDER_GROUPS, type GenderGroup } from './gender-groups';
export type { Shortfall } from './shortfall';
export { shortlistNdjsonLine } from './shortlist-ndjson-line';
export type { GroupReport, ShortlistReport, Violation } from './shortlist-report';
export { parseShortlistRequest, type ShortlistRequest, shortlistRequestSchema } from './shortlist-request';
