import type { AttributeValue, Item } from './attribute-value.js';
import { checkItem, itemSize } from './attribute-value.js';
import { ddbErrors } from './dynamodb-errors.js';
import type { Condition, Path } from './expressions/ast.js';
import { evaluateCondition } from './expressions/evaluate.js';
import { ExpressionContext } from './expressions/expression-context.js';
import { parseCondition, parseProjection } from './expressions/parser.js';
import { project } from './expressions/projection.js';
import {
  conditionsMap,
  expectedCondition,
  rejectMixed,
  type LegacyCondition,
} from './legacy-parameters.js';

/** Expression members shared by the item calls. */
export interface ExpressionInput {
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  Expected?: Record<string, LegacyCondition>;
  ConditionalOperator?: string;
  AttributesToGet?: string[];
  ProjectionExpression?: string;
}

export function expressionContext(input: ExpressionInput): ExpressionContext {
  if (
    input.ExpressionAttributeValues !== undefined &&
    Object.keys(input.ExpressionAttributeValues).length === 0
  ) {
    throw ddbErrors.validation('ExpressionAttributeValues must not be empty');
  }
  if (
    input.ExpressionAttributeNames !== undefined &&
    Object.keys(input.ExpressionAttributeNames).length === 0
  ) {
    throw ddbErrors.validation('ExpressionAttributeNames must not be empty');
  }
  return new ExpressionContext(input.ExpressionAttributeNames, input.ExpressionAttributeValues);
}

/** ConditionExpression, or the legacy Expected (with ConditionalOperator); never both. */
export function parseConditionOf(
  input: ExpressionInput,
  ctx: ExpressionContext,
): Condition | undefined {
  rejectMixed({ Expected: input.Expected }, { ConditionExpression: input.ConditionExpression });
  if (input.Expected !== undefined)
    return expectedCondition(input.Expected, input.ConditionalOperator);
  return input.ConditionExpression === undefined
    ? undefined
    : parseCondition(input.ConditionExpression, 'ConditionExpression', ctx);
}

/** FilterExpression, or the legacy QueryFilter/ScanFilter (with ConditionalOperator); never both. */
export function parseFilterOf(
  input: ExpressionInput & { FilterExpression?: string },
  ctx: ExpressionContext,
  legacy: {
    name: 'QueryFilter' | 'ScanFilter';
    conditions: Record<string, LegacyCondition> | undefined;
  },
): Condition | undefined {
  rejectMixed({ [legacy.name]: legacy.conditions }, { FilterExpression: input.FilterExpression });
  if (legacy.conditions !== undefined)
    return conditionsMap(legacy.conditions, input.ConditionalOperator);
  return input.FilterExpression === undefined
    ? undefined
    : parseCondition(input.FilterExpression, 'FilterExpression', ctx);
}

/** The projection of ProjectionExpression or AttributesToGet (never both, as AWS insists). */
export function parseProjectionOf(
  input: ExpressionInput,
  ctx: ExpressionContext,
): Path[] | undefined {
  if (input.ProjectionExpression !== undefined && input.AttributesToGet !== undefined) {
    throw ddbErrors.validation(
      'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}',
    );
  }
  if (input.AttributesToGet !== undefined)
    return input.AttributesToGet.map((name) => [{ kind: 'attr', name }]);
  return input.ProjectionExpression === undefined
    ? undefined
    : parseProjection(input.ProjectionExpression, ctx);
}

export function checkCondition(
  condition: Condition | undefined,
  existing: Item | undefined,
  returnOnFailure?: string,
): void {
  if (
    condition === undefined ||
    evaluateCondition(existing ?? {}, condition, 'ConditionExpression')
  )
    return;
  throw ddbErrors.conditionalCheckFailed(returnOnFailure === 'ALL_OLD' ? existing : undefined);
}

export function projected(item: Item, paths: Path[] | undefined): Item {
  return paths === undefined ? item : project(item, paths);
}

/** A new item as stored: checked, canonical, within the 400 KB limit. */
export function storedItem(item: Item): Item {
  const checked = checkItem(item);
  if (itemSize(checked) > 400 * 1024) throw ddbErrors.itemTooLarge();
  return checked;
}
