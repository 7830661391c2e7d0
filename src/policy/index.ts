/**
 * The policy engine: parse (with positions), validate, compile, evaluate (with attribution),
 * the action catalog, ARNs. Pure: no I/O, no environment. See types.ts for the contract.
 */
export type * from './types.js';
export type {
  Effect,
  Located,
  ParsedCondition,
  ParsedPolicy,
  ParsedPrincipal,
  ParsedStatement,
  PolicyVersion,
} from './parsed-policy.js';
export { policyVariablesEnabled } from './parsed-policy.js';
export { type ParsePolicyOptions, parsePolicy } from './parse-policy.js';
export { type ValidateOptions, validatePolicy } from './validate-policy.js';
export {
  type CompileOptions,
  type CompileTextOptions,
  compilePolicy,
  compilePolicyText,
  tryCompilePolicyText,
} from './compile-policy.js';
export { evaluateRequest } from './evaluate-request.js';
export {
  type ActionInfo,
  type ResourceTypeRef,
  catalogSource,
  expandActionPattern,
  getActionInfo,
  isKnownAction,
  listServices,
} from './catalog/action-catalog.js';
export { type Arn, arnMatches, formatArn, parseArn } from './arn.js';
export { actionMatches } from './action-match.js';
export {
  type PatternToken,
  type VariableLookup,
  type VariableRef,
  tokenizePattern,
} from './policy-variables.js';
export {
  type MatchOutcome,
  type PatternMatcher,
  type WildcardShape,
  compileWildcard,
} from './wildcard.js';
export {
  conditionOperatorNames,
  isKnownConditionOperator,
} from './conditions/condition-operators.js';
export { roleArnOfSession } from './principal-match.js';
export { partitionOfRegion } from './partition.js';
