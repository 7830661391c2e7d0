import { defineOperation } from '../../service-types.js';
import type { Item } from '../attribute-value.js';
import { leadingKeys, requestContext, tableCheck, topLevelNames } from '../dynamodb-authz.js';
import { consumedCapacity } from '../dynamodb-capacity.js';
import { checkKey } from '../dynamodb-keys.js';
import {
  expressionContext,
  parseProjectionOf,
  projected,
  type ExpressionInput,
} from '../dynamodb-request.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

interface Input extends ExpressionInput {
  TableName: string;
  Key: Item;
  ConsistentRead?: boolean;
  ReturnConsumedCapacity?: string;
}

export const getItem = defineOperation<DynamoDbStore, Input, object>({
  name: 'GetItem',
  authorize: (input, ctx) => [
    tableCheck('dynamodb:GetItem', input.TableName, ctx, {
      ...leadingKeys(ctx, input.TableName, [input.Key]),
      ...requestContext({
        attributes:
          input.AttributesToGet ??
          topLevelNames(input.ProjectionExpression, input.ExpressionAttributeNames),
        ReturnConsumedCapacity: input.ReturnConsumedCapacity,
      }),
    }),
  ],
  handle: (input, { store }) => {
    const table = store.getTable(input.TableName);
    const expressions = expressionContext(input);
    const projection = parseProjectionOf(input, expressions);
    expressions.assertAllUsed();
    const item = table.items.get(checkKey(table, input.Key));
    const capacity = consumedCapacity(input.ReturnConsumedCapacity, table.name, 1);
    return {
      ...(item !== undefined && { Item: projected(item, projection) }),
      ...(capacity !== undefined && { ConsumedCapacity: capacity }),
    };
  },
});
