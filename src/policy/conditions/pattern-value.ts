/**
 * Policy values compared as (possibly wildcarded, possibly variable-bearing) patterns: the
 * String and Arn operator families share this.
 */
import { tokenizePattern } from '../policy-variables.js';
import { FALSE, TRUE, UNKNOWN } from '../tri-state.js';
import { type WildcardShape, compileWildcard } from '../wildcard.js';
import type { CompiledValue } from './condition-value.js';

export interface PatternOptions {
  wildcards: boolean;
  shape: WildcardShape;
  ignoreCase: boolean;
}

export function compilePatternValue(
  policyValue: string,
  variables: boolean,
  options: PatternOptions,
): CompiledValue {
  const tokens = tokenizePattern(policyValue, variables, options.wildcards);
  const matcher = compileWildcard(policyValue, tokens, options.shape, options.ignoreCase);
  return {
    test(requestValue, scope) {
      const outcome = matcher.test(String(requestValue), scope.lookup);
      if (outcome === true) return TRUE;
      if (outcome === false) return FALSE;
      // IAM User Guide, "Policy variables with no value": a variable with no value matches
      // nothing, so a negated operator (StringNotEquals, ArnNotLike, ...) holds.
      if ('missing' in outcome) return FALSE;
      scope.reasons.push(outcome.unsupported);
      return UNKNOWN;
    },
  };
}
