import { checkValue, type AttributeValue } from './attribute-value.js';
import { ddbErrors } from './dynamodb-errors.js';
import type { Condition, Operand, UpdateAction } from './expressions/ast.js';

/**
 * The pre-expression parameters (Expected, KeyConditions, QueryFilter, ScanFilter,
 * AttributeUpdates), still sent by older SDK code and mappers, translated into the same
 * conditions and update actions the expressions parse to.
 */
export interface LegacyCondition {
  ComparisonOperator?: string;
  AttributeValueList?: AttributeValue[];
  /** Expected only: */
  Value?: AttributeValue;
  Exists?: boolean;
}

export interface LegacyUpdate {
  Value?: AttributeValue;
  Action?: 'PUT' | 'ADD' | 'DELETE';
}

const ARITY: Record<string, number | 'any'> = {
  EQ: 1,
  NE: 1,
  LE: 1,
  LT: 1,
  GE: 1,
  GT: 1,
  CONTAINS: 1,
  NOT_CONTAINS: 1,
  BEGINS_WITH: 1,
  NOT_NULL: 0,
  NULL: 0,
  BETWEEN: 2,
  IN: 'any',
};

const path = (name: string): Operand => ({ kind: 'path', path: [{ kind: 'attr', name }] });
const value = (v: AttributeValue): Operand => ({
  kind: 'value',
  value: checkValue(v),
  placeholder: '',
});

function comparison(name: string, operator: string, values: AttributeValue[]): Condition {
  const arity = ARITY[operator];
  if (arity === undefined) {
    throw ddbErrors.validation(
      `1 validation error detected: Value '${operator}' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]`,
    );
  }
  if ((arity === 'any' && values.length === 0) || (arity !== 'any' && values.length !== arity)) {
    throw ddbErrors.validation(
      `One or more parameter values were invalid: Invalid number of argument(s) for the ${operator} ComparisonOperator`,
    );
  }
  const a = path(name);
  const [v1, v2] = values.map(value);
  switch (operator) {
    case 'EQ':
      return { kind: 'compare', op: '=', left: a, right: v1! };
    case 'NE':
      return { kind: 'compare', op: '<>', left: a, right: v1! };
    case 'LE':
      return { kind: 'compare', op: '<=', left: a, right: v1! };
    case 'LT':
      return { kind: 'compare', op: '<', left: a, right: v1! };
    case 'GE':
      return { kind: 'compare', op: '>=', left: a, right: v1! };
    case 'GT':
      return { kind: 'compare', op: '>', left: a, right: v1! };
    case 'NOT_NULL':
      return { kind: 'function', name: 'attribute_exists', args: [a] };
    case 'NULL':
      return { kind: 'function', name: 'attribute_not_exists', args: [a] };
    case 'CONTAINS':
      return { kind: 'function', name: 'contains', args: [a, v1!] };
    case 'NOT_CONTAINS':
      return { kind: 'not', operand: { kind: 'function', name: 'contains', args: [a, v1!] } };
    case 'BEGINS_WITH':
      return { kind: 'function', name: 'begins_with', args: [a, v1!] };
    case 'BETWEEN':
      return { kind: 'between', operand: a, low: v1!, high: v2! };
    default:
      return { kind: 'in', operand: a, list: values.map(value) };
  }
}

function combine(
  parts: Condition[],
  conditionalOperator: string | undefined,
): Condition | undefined {
  const op = conditionalOperator === 'OR' ? 'or' : 'and';
  return parts.reduce<Condition | undefined>(
    (acc, c) => (acc === undefined ? c : { kind: op, left: acc, right: c }),
    undefined,
  );
}

/** Expected: Exists/Value pairs or ComparisonOperator lists, joined by ConditionalOperator. */
export function expectedCondition(
  expected: Record<string, LegacyCondition>,
  conditionalOperator?: string,
): Condition | undefined {
  const parts = Object.entries(expected).map(([name, e]): Condition => {
    if (e.ComparisonOperator !== undefined)
      return comparison(name, e.ComparisonOperator, e.AttributeValueList ?? []);
    if (e.Exists === false) {
      if (e.Value !== undefined)
        throw ddbErrors.validation(
          'One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: ' +
            name,
        );
      return comparison(name, 'NULL', []);
    }
    if (e.Value === undefined)
      throw ddbErrors.validation(
        'One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: ' +
          name,
      );
    return comparison(name, 'EQ', [e.Value]);
  });
  return combine(parts, conditionalOperator);
}

/** KeyConditions, QueryFilter, ScanFilter: ComparisonOperator lists. */
export function conditionsMap(
  conditions: Record<string, LegacyCondition>,
  conditionalOperator?: string,
): Condition | undefined {
  return combine(
    Object.entries(conditions).map(([name, c]) =>
      comparison(name, c.ComparisonOperator ?? 'EQ', c.AttributeValueList ?? []),
    ),
    conditionalOperator,
  );
}

/** AttributeUpdates: PUT (default) sets, ADD adds, DELETE removes the attribute or set members. */
export function attributeUpdateActions(updates: Record<string, LegacyUpdate>): UpdateAction[] {
  return Object.entries(updates).map(([name, u]): UpdateAction => {
    const target = [{ kind: 'attr' as const, name }];
    const action = u.Action ?? 'PUT';
    if (action === 'DELETE')
      return u.Value === undefined
        ? { kind: 'REMOVE', path: target }
        : { kind: 'DELETE', path: target, value: value(u.Value) };
    if (u.Value === undefined)
      throw ddbErrors.validation(
        `One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified`,
      );
    return action === 'ADD'
      ? { kind: 'ADD', path: target, value: value(u.Value) }
      : { kind: 'SET', path: target, value: value(u.Value) };
  });
}

/** AWS refuses requests that mix the two styles, naming both sides. */
export function rejectMixed(
  legacy: Record<string, unknown>,
  expressions: Record<string, unknown>,
): void {
  const l = Object.keys(legacy).filter((k) => legacy[k] !== undefined);
  const e = Object.keys(expressions).filter((k) => expressions[k] !== undefined);
  if (l.length > 0 && e.length > 0) {
    throw ddbErrors.validation(
      `Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {${l.join(', ')}} Expression parameters: {${e.join(', ')}}`,
    );
  }
}
