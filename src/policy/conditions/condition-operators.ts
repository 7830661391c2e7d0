/**
 * Condition operators: the name grammar (`[ForAllValues:|ForAnyValue:]Base[IfExists]`), the
 * table of base operators, and how one (operator, key, values) entry is decided for a request.
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
 * An operator this table does not know is UNKNOWN for every request (fail closed).
 */
import type { ParsedCondition } from '../parsed-policy.js';
import type { ContextValue } from '../types.js';
import { FALSE, TRUE, type Tri, UNKNOWN, not } from '../tri-state.js';
import { arnLike } from './arn-conditions.js';
import { binaryEquals } from './binary-conditions.js';
import { bool } from './bool-conditions.js';
import type {
  CompiledValue,
  ContextScalar,
  OperatorFamily,
  ValueScope,
} from './condition-value.js';
import {
  dateEquals,
  dateGreaterThan,
  dateGreaterThanEquals,
  dateLessThan,
  dateLessThanEquals,
} from './date-conditions.js';
import { ipAddress } from './ip-address.js';
import {
  numericEquals,
  numericGreaterThan,
  numericGreaterThanEquals,
  numericLessThan,
  numericLessThanEquals,
} from './numeric-conditions.js';
import { stringEquals, stringEqualsIgnoreCase, stringLike } from './string-conditions.js';

interface BaseOperator {
  /** Canonical spelling, for messages. */
  name: string;
  family: OperatorFamily | 'null';
  negated: boolean;
  /** Whether policy variables are substituted in the values (string and ARN operators). */
  variables: boolean;
}

const BASE_OPERATORS: readonly BaseOperator[] = [
  { name: 'StringEquals', family: stringEquals, negated: false, variables: true },
  { name: 'StringNotEquals', family: stringEquals, negated: true, variables: true },
  {
    name: 'StringEqualsIgnoreCase',
    family: stringEqualsIgnoreCase,
    negated: false,
    variables: true,
  },
  {
    name: 'StringNotEqualsIgnoreCase',
    family: stringEqualsIgnoreCase,
    negated: true,
    variables: true,
  },
  { name: 'StringLike', family: stringLike, negated: false, variables: true },
  { name: 'StringNotLike', family: stringLike, negated: true, variables: true },
  { name: 'NumericEquals', family: numericEquals, negated: false, variables: false },
  { name: 'NumericNotEquals', family: numericEquals, negated: true, variables: false },
  { name: 'NumericLessThan', family: numericLessThan, negated: false, variables: false },
  {
    name: 'NumericLessThanEquals',
    family: numericLessThanEquals,
    negated: false,
    variables: false,
  },
  { name: 'NumericGreaterThan', family: numericGreaterThan, negated: false, variables: false },
  {
    name: 'NumericGreaterThanEquals',
    family: numericGreaterThanEquals,
    negated: false,
    variables: false,
  },
  { name: 'DateEquals', family: dateEquals, negated: false, variables: false },
  { name: 'DateNotEquals', family: dateEquals, negated: true, variables: false },
  { name: 'DateLessThan', family: dateLessThan, negated: false, variables: false },
  { name: 'DateLessThanEquals', family: dateLessThanEquals, negated: false, variables: false },
  { name: 'DateGreaterThan', family: dateGreaterThan, negated: false, variables: false },
  {
    name: 'DateGreaterThanEquals',
    family: dateGreaterThanEquals,
    negated: false,
    variables: false,
  },
  { name: 'Bool', family: bool, negated: false, variables: false },
  { name: 'BinaryEquals', family: binaryEquals, negated: false, variables: false },
  { name: 'IpAddress', family: ipAddress, negated: false, variables: false },
  { name: 'NotIpAddress', family: ipAddress, negated: true, variables: false },
  { name: 'ArnEquals', family: arnLike, negated: false, variables: true },
  { name: 'ArnLike', family: arnLike, negated: false, variables: true },
  { name: 'ArnNotEquals', family: arnLike, negated: true, variables: true },
  { name: 'ArnNotLike', family: arnLike, negated: true, variables: true },
  { name: 'Null', family: 'null', negated: false, variables: false },
];

const BY_NAME = new Map(BASE_OPERATORS.map((op) => [op.name.toLowerCase(), op]));

export type SetOperator = 'ForAllValues' | 'ForAnyValue';

export interface OperatorName {
  base: BaseOperator;
  set?: SetOperator;
  ifExists: boolean;
}

/** Parses an operator name; a string describing the problem when it is not one. */
export function parseOperatorName(name: string): OperatorName | string {
  let rest = name;
  let set: SetOperator | undefined;
  const lower = name.toLowerCase();
  if (lower.startsWith('forallvalues:')) {
    set = 'ForAllValues';
    rest = name.slice('forallvalues:'.length);
  } else if (lower.startsWith('foranyvalue:')) {
    set = 'ForAnyValue';
    rest = name.slice('foranyvalue:'.length);
  }
  let ifExists = false;
  let base = BY_NAME.get(rest.toLowerCase());
  if (!base && rest.toLowerCase().endsWith('ifexists')) {
    base = BY_NAME.get(rest.slice(0, -'ifexists'.length).toLowerCase());
    ifExists = true;
  }
  if (!base) return `unknown condition operator ${name}`;
  if (base.family === 'null' && (ifExists || set))
    return `condition operator ${name} is not valid (Null takes no IfExists or set qualifier)`;
  const out: OperatorName = { base, ifExists };
  if (set) out.set = set;
  return out;
}

export function isKnownConditionOperator(name: string): boolean {
  return typeof parseOperatorName(name) !== 'string';
}

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
    family.compile(v.value, base.variables && variablesEnabled, base.negated),
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
