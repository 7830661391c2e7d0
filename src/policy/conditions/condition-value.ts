/**
 * What every condition operator family provides: a compiler from one policy value to a test
 * of one request value. Families live in their own files (string-conditions.ts, ...).
 */
import type { VariableLookup } from '../policy-variables.js';
import type { Tri } from '../tri-state.js';

/** A single (not list) request context value. */
export type ContextScalar = string | boolean | number;

/** The request-side facts a value test may need. */
export interface ValueScope {
  lookup: VariableLookup;
  /** Why something could not be decided, for the decision's `unverifiable` list. */
  reasons: string[];
}

/**
 * Tests one request value against one policy value. A value that failed to compile (e.g. a
 * NumericEquals value that is not a number) yields UNKNOWN for every request: fail closed.
 */
export type ValueTest = (requestValue: ContextScalar, scope: ValueScope) => Tri;

export interface CompiledValue {
  test: ValueTest;
  /** Set when the policy value itself is unusable; reported by validation. */
  error?: string;
}

export interface OperatorFamily {
  /**
   * Compiles one policy value. `variables` is true for Version 2012-10-17 policies. A variable
   * missing from the request makes the value match nothing, so a negated operator holds
   * (IAM User Guide, "Policy variables with no value").
   */
  compile(policyValue: string, variables: boolean): CompiledValue;
}

export function unusableValue(message: string): CompiledValue {
  return {
    error: message,
    test: (_value, scope) => {
      scope.reasons.push(message);
      return 2;
    },
  };
}
