/**
 * How one Condition entry (operator, key, values) is decided for a request.
 *
 * As the IAM User Guide documents it:
 *  - several values for one key are ORed; for a negated operator (StringNotEquals, ...) the
 *    request value must match none of them;
 *  - a key missing from the request makes the condition false, except for negated operators
 *    (true), `...IfExists` (true) and Null (which tests exactly that);
 *  - ForAnyValue: at least one request value satisfies it; false for a missing or empty set;
 *  - ForAllValues: every request value satisfies it; true for a missing or empty set;
 *  - a multivalued key used without a set operator is not defined by AWS ("multivalued context
 *    keys require a condition set operator"): with several values it is undecidable.
 * An operator the table does not know is UNKNOWN for every request (fail closed).
 */
import type { ParsedCondition } from '../parsed-policy.js';
import type { ContextValue } from '../types.js';
import { FALSE, TRUE, type Tri, UNKNOWN, not } from '../tri-state.js';
import type { CompiledValue, ContextScalar, ValueScope } from './condition-value.js';
import { parseOperatorName } from './condition-operators.js';

export interface ConditionScope extends ValueScope {
  /** Request context value by lower-cased key. */
  context(keyLower: string): ContextValue | undefined;
}

export interface CompiledCondition {
  source: ParsedCondition;
  /** `StringEquals aws:SourceVpc`, for near misses and messages. */
  label: string;
  /** Problems found compiling it (unknown operator, unusable values). */
  errors: string[];
  evaluate(scope: ConditionScope): Tri;
}

export function compileCondition(
  source: ParsedCondition,
  variablesEnabled: boolean,
): CompiledCondition {
  const label = `${source.operator.value} ${source.key.value}`;
  const keyLower = source.key.value.toLowerCase();
  const parsed = parseOperatorName(source.operator.value);
  if (typeof parsed === 'string') {
    return {
      source,
      label,
      errors: [parsed],
      evaluate(scope) {
        scope.reasons.push(parsed);
        return UNKNOWN;
      },
    };
  }
  const { base, set, ifExists } = parsed;
  if (base.family === 'null') return compileNull(source, label, keyLower);
  const family = base.family;
  const values: CompiledValue[] = source.values.map((v) =>
    family.compile(v.value, base.variables && variablesEnabled),
  );
  const errors = values.flatMap((v) => (v.error ? [`${label}: ${v.error}`] : []));

  /** Whether one request value satisfies the operator, before any set qualifier. */
  const one = (requestValue: ContextScalar, scope: ValueScope): Tri => {
    let result: Tri = FALSE;
    for (const v of values) {
      const r = v.test(requestValue, scope);
      if (r === TRUE) {
        result = TRUE;
        break;
      }
      if (r === UNKNOWN) result = UNKNOWN;
    }
    return base.negated ? not(result) : result;
  };

  return {
    source,
    label,
    errors,
    evaluate(scope) {
      const raw = scope.context(keyLower);
      const list =
        raw === undefined ? undefined : Array.isArray(raw) ? (raw as readonly string[]) : undefined;
      const missing = raw === undefined || (list !== undefined && list.length === 0);
      if (set === 'ForAllValues') {
        if (missing) return TRUE;
        return all(list ?? [raw as ContextScalar], one, scope);
      }
      if (set === 'ForAnyValue') {
        if (missing) return ifExists ? TRUE : FALSE;
        return any(list ?? [raw as ContextScalar], one, scope);
      }
      if (missing) return ifExists || base.negated ? TRUE : FALSE;
      if (list) {
        // AWS documents that multivalued keys require ForAllValues/ForAnyValue and does not
        // define the result without one: undecidable, so it fails closed.
        if (list.length === 1) return one(list[0]!, scope);
        scope.reasons.push(`${label}: multivalued key used without ForAllValues/ForAnyValue`);
        return UNKNOWN;
      }
      return one(raw as ContextScalar, scope);
    },
  };
}

function any(
  list: readonly ContextScalar[],
  one: (v: ContextScalar, s: ValueScope) => Tri,
  scope: ValueScope,
): Tri {
  let result: Tri = FALSE;
  for (const v of list) {
    const r = one(v, scope);
    if (r === TRUE) return TRUE;
    if (r === UNKNOWN) result = UNKNOWN;
  }
  return result;
}

function all(
  list: readonly ContextScalar[],
  one: (v: ContextScalar, s: ValueScope) => Tri,
  scope: ValueScope,
): Tri {
  let result: Tri = TRUE;
  for (const v of list) {
    const r = one(v, scope);
    if (r === FALSE) return FALSE;
    if (r === UNKNOWN) result = UNKNOWN;
  }
  return result;
}

/** Null: "true" holds when the key is absent (or an empty set), "false" when it is present. */
function compileNull(source: ParsedCondition, label: string, keyLower: string): CompiledCondition {
  const wants: (boolean | undefined)[] = source.values.map((v) => {
    const lower = v.value.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : undefined;
  });
  const errors = source.values.flatMap((v, i) =>
    wants[i] === undefined ? [`${label}: "${v.value}" is not true or false`] : [],
  );
  return {
    source,
    label,
    errors,
    evaluate(scope) {
      const raw = scope.context(keyLower);
      const absent = raw === undefined || (Array.isArray(raw) && raw.length === 0);
      let result: Tri = FALSE;
      for (const want of wants) {
        if (want === undefined) {
          scope.reasons.push(`${label}: unusable value`);
          result = UNKNOWN;
        } else if (want === absent) return TRUE;
      }
      return result;
    },
  };
}
