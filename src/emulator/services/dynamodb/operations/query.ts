import { defineOperation } from '../../service-types.js';
import { valuesEqual } from '../attribute-value.js';
import { leadingKeys, requestContext, tableCheck, topLevelNames } from '../dynamodb-authz.js';
import { consumedCapacity } from '../dynamodb-capacity.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { queryOrder, readPage, readSource, sourceItems, type ReadInput } from '../dynamodb-read.js';
import { expressionContext, parseFilterOf, parseProjectionOf } from '../dynamodb-request.js';
import { hashKeyName, keyNames, type DynamoDbStore } from '../dynamodb-store.js';
import { evaluateCondition } from '../expressions/evaluate.js';
import { ExpressionContext } from '../expressions/expression-context.js';
import { parseCondition } from '../expressions/parser.js';
import type { Condition } from '../expressions/ast.js';
import { keyCondition } from '../key-condition.js';
import { conditionsMap, rejectMixed, type LegacyCondition } from '../legacy-parameters.js';

interface Input extends ReadInput {
  KeyConditionExpression?: string;
  KeyConditions?: Record<string, LegacyCondition>;
  ScanIndexForward?: boolean;
}

/** KeyConditionExpression, or the legacy KeyConditions (always ANDed); exactly one. */
function keyConditionOf(input: Input, ctx: ExpressionContext): Condition {
  rejectMixed(
    { KeyConditions: input.KeyConditions },
    { KeyConditionExpression: input.KeyConditionExpression },
  );
  const condition =
    input.KeyConditions !== undefined
      ? conditionsMap(input.KeyConditions)
      : input.KeyConditionExpression === undefined
        ? undefined
        : parseCondition(input.KeyConditionExpression, 'KeyConditionExpression', ctx);
  if (condition === undefined) {
    throw ddbErrors.validation(
      'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.',
    );
  }
  return condition;
}

/** The partition key value a query names, for dynamodb:LeadingKeys (best effort, before validation). */
function queriedHashValue(input: Input, store: DynamoDbStore) {
  const table = store.findTable(input.TableName);
  if (table === undefined) return undefined;
  try {
    const source = readSource(table, input);
    const scratch = new ExpressionContext(
      input.ExpressionAttributeNames,
      input.ExpressionAttributeValues,
    );
    const hash = hashKeyName(source.keySchema);
    return {
      [hash]: keyCondition(keyConditionOf(input, scratch), source.keySchema, table).hashValue,
    };
  } catch {
    return undefined;
  }
}

// Queries on an index are authorized on the index ARN (table/NAME/index/INDEX), as in AWS.
export const query = defineOperation<DynamoDbStore, Input, object>({
  name: 'Query',
  authorize: (input, ctx) => {
    const table = ctx.store.findTable(input.TableName);
    const hashItem = queriedHashValue(input, ctx.store);
    // LeadingKeys is about the table's partition key: only a table query names it.
    const leading =
      input.IndexName === undefined && table !== undefined && hashItem !== undefined
        ? leadingKeys(ctx, input.TableName, [hashItem])
        : {};
    return [
      tableCheck(
        'dynamodb:Query',
        input.TableName,
        ctx,
        {
          ...leading,
          ...requestContext({
            attributes:
              input.AttributesToGet ??
              topLevelNames(input.ProjectionExpression, input.ExpressionAttributeNames),
            Select: input.Select,
            ReturnConsumedCapacity: input.ReturnConsumedCapacity,
          }),
        },
        input.IndexName,
      ),
    ];
  },
  handle: (input, { store }) => {
    const table = store.getTable(input.TableName);
    const source = readSource(table, input);
    const expressions = expressionContext(input);
    const key = keyCondition(keyConditionOf(input, expressions), source.keySchema, table);
    const filter = parseFilterOf(input, expressions, {
      name: 'QueryFilter',
      conditions: input.QueryFilter,
    });
    const projection = parseProjectionOf(input, expressions);
    expressions.assertAllUsed();
    if (input.FilterExpression !== undefined) {
      const keys = keyNames(source.keySchema);
      const used = keys.find(
        (k) =>
          new RegExp(`(^|[^\\w#:.])${k}\\b`).test(input.FilterExpression!) ||
          Object.entries(input.ExpressionAttributeNames ?? {}).some(
            ([p, n]) => n === k && input.FilterExpression!.includes(p),
          ),
      );
      if (used !== undefined)
        throw ddbErrors.validation(
          `Filter Expression can only contain non-primary key attributes: Primary key attribute: ${used}`,
        );
    }
    const hash = hashKeyName(source.keySchema);
    const order = queryOrder(source);
    const matching = sourceItems(source)
      .filter(
        (i) =>
          valuesEqual(i[hash]!, key.hashValue) &&
          (key.range === undefined || evaluateCondition(i, key.range, 'KeyConditionExpression')),
      )
      .sort(order);
    const forward = input.ScanIndexForward !== false;
    const ordered = forward ? matching : matching.reverse();
    const result = readPage(
      ordered,
      forward ? order : (a, b) => order(b, a),
      source,
      input,
      filter,
      projection,
    );
    const capacity = consumedCapacity(
      input.ReturnConsumedCapacity,
      table.name,
      result.ScannedCount,
    );
    return { ...result, ...(capacity !== undefined && { ConsumedCapacity: capacity }) };
  },
});
