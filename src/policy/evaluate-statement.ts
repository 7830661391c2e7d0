/**
 * Whether one compiled statement applies to one request: principal (resource policies only),
 * resource, then conditions, in three-valued logic. Records near misses and undecidable parts.
 */
import { type CompiledStatement, actionUncertain } from './compile-policy.js';
import type { ConditionScope } from './conditions/compile-condition.js';
import {
  type CallerIdentity,
  type PrincipalMatch,
  excludedByNotPrincipal,
  matchPrincipal,
} from './principal-match.js';
import { FALSE, TRUE, type Tri, UNKNOWN } from './tri-state.js';
import type { NearMiss } from './types.js';

/** The request as statements see it, prepared once per evaluation. */
export interface RequestView extends ConditionScope {
  actionLower: string;
  resource: string;
  caller: CallerIdentity;
  /** Whether the caller has a permissions boundary (NotPrincipal Deny then always applies). */
  hasBoundary: boolean;
}

export interface StatementOutcome {
  applies: Tri;
  /** How the Principal element matched (resource policies); `direct` etc. */
  principal: PrincipalMatch;
  nearMiss?: NearMiss;
  /** Why it could not be decided, when `applies` is UNKNOWN. */
  reasons?: string[];
}

const NOT_A_PRINCIPAL_POLICY: PrincipalMatch = 'direct';

export function evaluateStatement(
  s: CompiledStatement,
  view: RequestView,
  checkPrincipal: boolean,
): StatementOutcome {
  let principal: PrincipalMatch = NOT_A_PRINCIPAL_POLICY;
  if (checkPrincipal) {
    if (!s.principal) principal = 'none';
    else if (s.principal.negated) {
      // NotPrincipal is only supported with Deny; an Allow with it grants nothing (fail closed).
      const excluded =
        s.effect === 'Allow' ||
        excludedByNotPrincipal(s.principal.compiled, view.caller, view.hasBoundary);
      principal = excluded ? 'none' : 'wildcard';
    } else principal = matchPrincipal(s.principal.compiled, view.caller);
    if (principal === 'none') {
      return {
        applies: FALSE,
        principal,
        nearMiss: { statement: s.ref, reason: 'principal-mismatch' },
      };
    }
  }
  const reasonsBefore = view.reasons.length;
  let applies: Tri = TRUE;
  if (actionUncertain(s, view.actionLower)) {
    view.reasons.push('an action written with whitespace: AWS does not document how it matches');
    applies = UNKNOWN;
  }
  if (s.resources && !s.resources.all) {
    const r = matchResources(s, view);
    if (r === FALSE) {
      view.reasons.length = reasonsBefore;
      return {
        applies: FALSE,
        principal,
        nearMiss: { statement: s.ref, reason: 'resource-mismatch' },
      };
    }
    if (r === UNKNOWN) applies = UNKNOWN;
  } else if (s.resources?.all && s.resources.negated) {
    // NotResource "*" excludes everything.
    return {
      applies: FALSE,
      principal,
      nearMiss: { statement: s.ref, reason: 'resource-mismatch' },
    };
  }
  for (const c of s.conditions) {
    const r = c.evaluate(view);
    if (r === FALSE) {
      view.reasons.length = reasonsBefore;
      return {
        applies: FALSE,
        principal,
        nearMiss: { statement: s.ref, reason: 'condition-failed', detail: c.label },
      };
    }
    if (r === UNKNOWN) applies = UNKNOWN;
  }
  if (applies === UNKNOWN) {
    const reasons = [...new Set(view.reasons.slice(reasonsBefore))];
    view.reasons.length = reasonsBefore;
    return { applies, principal, reasons };
  }
  view.reasons.length = reasonsBefore;
  return { applies, principal };
}

function matchResources(s: CompiledStatement, view: RequestView): Tri {
  const r = s.resources!;
  let result: Tri = FALSE;
  for (const p of r.patterns) {
    const m = p.test(view.resource, view.lookup);
    if (m === true) {
      result = TRUE;
      break;
    }
    if (m === false) continue;
    // IAM User Guide, "Policy variables with no value": such an entry matches no resource,
    // under NotResource too (the statement then applies to every resource).
    if ('missing' in m) continue;
    view.reasons.push(m.unsupported);
    result = UNKNOWN;
  }
  if (!r.negated) return result;
  return result === UNKNOWN ? UNKNOWN : result === TRUE ? FALSE : TRUE;
}
