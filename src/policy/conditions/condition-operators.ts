/**
 * Condition operator names: the grammar `[ForAllValues:|ForAnyValue:]Base[IfExists]` and the
 * table of base operators (family, negated or not, whether policy variables apply).
 * Names are matched case-insensitively; one this table does not know is reported and fails
 * closed (compile-condition.ts).
 */
import { arnLike } from './arn-conditions.js';
import { binaryEquals } from './binary-conditions.js';
import { bool } from './bool-conditions.js';
import type { OperatorFamily } from './condition-value.js';
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
export interface BaseOperator {
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

/** Canonical base operator names (without ForAllValues:/ForAnyValue: or IfExists). */
export function conditionOperatorNames(): string[] {
  return BASE_OPERATORS.map((o) => o.name);
}

export function isKnownConditionOperator(name: string): boolean {
  return typeof parseOperatorName(name) !== 'string';
}
