import { defineOperation } from '../../service-types.js';
import type { Item } from '../attribute-value.js';
import { leadingKeys, requestContext, tableCheck } from '../dynamodb-authz.js';
import { consumedCapacity } from '../dynamodb-capacity.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { checkKey } from '../dynamodb-keys.js';
import {
  checkCondition,
  expressionContext,
  parseConditionOf,
  type ExpressionInput,
} from '../dynamodb-request.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

interface Input extends ExpressionInput {
  TableName: string;
  Key: Item;
  ReturnValues?: string;
  ReturnConsumedCapacity?: string;
  ReturnValuesOnConditionCheckFailure?: string;
}

export const deleteItem = defineOperation<DynamoDbStore, Input, object>({
  name: 'DeleteItem',
  authorize: (input, ctx) => [
    tableCheck('dynamodb:DeleteItem', input.TableName, ctx, {
      ...leadingKeys(ctx, input.TableName, [input.Key]),
      ...requestContext({
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
    const key = checkKey(table, input.Key);
    const existing = table.items.get(key);
    checkCondition(condition, existing, input.ReturnValuesOnConditionCheckFailure);
    table.items.delete(key);
    const capacity = consumedCapacity(input.ReturnConsumedCapacity, table.name, 1);
    return {
      ...(returnValues === 'ALL_OLD' && existing !== undefined && { Attributes: existing }),
      ...(capacity !== undefined && { ConsumedCapacity: capacity }),
    };
  },
});
