import { valueType } from './dynamodb-store.js';
import type { AttributeValue } from './attribute-value.js';
import { ddbErrors } from './dynamodb-errors.js';
import {
  hashKeyName,
  rangeKeyName,
  attributeType,
  type KeySchemaElement,
  type Table,
} from './dynamodb-store.js';
import type { Condition, Operand } from './expressions/ast.js';

export interface KeyCondition {
  hashValue: AttributeValue;
  /** The range-key condition, evaluated like any condition. */
  range?: Condition;
}

function flatten(c: Condition): Condition[] {
  if (c.kind === 'and') return [...flatten(c.left), ...flatten(c.right)];
  if (c.kind === 'or' || c.kind === 'not' || c.kind === 'in') {
    throw ddbErrors.invalidExpression(
      'KeyConditionExpression',
      `Invalid operator used in KeyConditionExpression: ${c.kind.toUpperCase()}`,
    );
  }
  return [c];
}

function attributeOf(o: Operand): string | undefined {
  return o.kind === 'path' && o.path.length === 1 && o.path[0]!.kind === 'attr'
    ? o.path[0]!.name
    : undefined;
}

/** The attribute a key condition part constrains. */
function subject(c: Condition): string | undefined {
  switch (c.kind) {
    case 'compare':
      return attributeOf(c.left) ?? attributeOf(c.right);
    case 'between':
      return attributeOf(c.operand);
    case 'function':
      return c.name === 'begins_with' ? attributeOf(c.args[0]!) : undefined;
    default:
      return undefined;
  }
}

/**
 * Splits a KeyConditionExpression into the partition-key equality and an optional sort-key
 * condition (=, <, <=, >, >=, BETWEEN, begins_with), with AWS's messages for what it rejects.
 */
export function keyCondition(
  condition: Condition,
  keySchema: readonly KeySchemaElement[],
  table: Table,
): KeyCondition {
  const parts = flatten(condition);
  if (parts.length > 2) throw ddbErrors.validation('Conditions can be of length 1 or 2 only');
  const hash = hashKeyName(keySchema);
  const range = rangeKeyName(keySchema);
  let hashValue: AttributeValue | undefined;
  let rangeCondition: Condition | undefined;
  for (const part of parts) {
    const name = subject(part);
    if (name === hash && part.kind === 'compare' && part.op === '=') {
      const value =
        part.left.kind === 'value'
          ? part.left.value
          : part.right.kind === 'value'
            ? part.right.value
            : undefined;
      if (value === undefined || hashValue !== undefined)
        throw ddbErrors.validation('Query key condition not supported');
      hashValue = value;
    } else if (
      name !== undefined &&
      name === range &&
      rangeCondition === undefined &&
      !(part.kind === 'compare' && part.op === '<>')
    ) {
      rangeCondition = part;
    } else if (part.kind === 'function' && part.name !== 'begins_with') {
      throw ddbErrors.invalidExpression(
        'KeyConditionExpression',
        `Invalid operator used in KeyConditionExpression: ${part.name}`,
      );
    } else if (part.kind === 'compare' && part.op === '<>') {
      throw ddbErrors.invalidExpression(
        'KeyConditionExpression',
        'Invalid operator used in KeyConditionExpression: <>',
      );
    } else {
      throw ddbErrors.validation('Query key condition not supported');
    }
  }
  if (hashValue === undefined)
    throw ddbErrors.validation(`Query condition missed key schema element: ${hash}`);
  if (valueType(hashValue) !== attributeType(table, hash)) {
    throw ddbErrors.validation(
      'One or more parameter values were invalid: Condition parameter type does not match schema type',
    );
  }
  return { hashValue, ...(rangeCondition !== undefined && { range: rangeCondition }) };
}
