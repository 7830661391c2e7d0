import { defineOperation } from '../../service-types.js';
import type { Item } from '../attribute-value.js';
import { leadingKeys, requestContext, tableCheck } from '../dynamodb-authz.js';
import { consumedCapacity } from '../dynamodb-capacity.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { checkItemKeys } from '../dynamodb-keys.js';
import {
  checkCondition,
  expressionContext,
  parseConditionOf,
  storedItem,
  type ExpressionInput,
} from '../dynamodb-request.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

interface Input extends ExpressionInput {
  TableName: string;
  Item: Item;
  ReturnValues?: string;
  ReturnConsumedCapacity?: string;
  ReturnValuesOnConditionCheckFailure?: string;
}

export const putItem = defineOperation<DynamoDbStore, Input, object>({
  name: 'PutItem',
  authorize: (input, ctx) => [
    tableCheck('dynamodb:PutItem', input.TableName, ctx, {
      ...leadingKeys(ctx, input.TableName, [input.Item]),
      ...requestContext({
        attributes: Object.keys(input.Item),
        ReturnValues: input.ReturnValues,
        ReturnConsumedCapacity: input.ReturnConsumedCapacity,
      }),
    }),
  ],
  handle: (input, { store }) => {
    const table = store.getTable(input.TableName);
    const expressions = expressionContext(input);
    const condition = parseConditionOf(input, expressions);
    expressions.assertAllUsed();
    const returnValues = input.ReturnValues ?? 'NONE';
    if (returnValues !== 'NONE' && returnValues !== 'ALL_OLD')
      throw ddbErrors.validation('Return values set to invalid value');
    const item = storedItem(input.Item);
    const key = checkItemKeys(table, item);
    const existing = table.items.get(key);
    checkCondition(condition, existing, input.ReturnValuesOnConditionCheckFailure);
    table.items.set(key, item);
    const capacity = consumedCapacity(input.ReturnConsumedCapacity, table.name, 1);
    return {
      ...(returnValues === 'ALL_OLD' && existing !== undefined && { Attributes: existing }),
      ...(capacity !== undefined && { ConsumedCapacity: capacity }),
    };
  },
});
