import { defineOperation } from '../../service-types.js';
import type { Item } from '../attribute-value.js';
import { leadingKeys, tableCheck } from '../dynamodb-authz.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { checkKey } from '../dynamodb-keys.js';
import { expressionContext, parseProjectionOf, projected } from '../dynamodb-request.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

interface Get {
  TableName: string;
  Key: Item;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
}

// Each Get is authorized as dynamodb:GetItem on its table, as AWS does.
export const transactGetItems = defineOperation<
  DynamoDbStore,
  { TransactItems: { Get: Get }[] },
  object
>({
  name: 'TransactGetItems',
  authorize: ({ TransactItems }, ctx) =>
    TransactItems.map(({ Get }) =>
      tableCheck('dynamodb:GetItem', Get.TableName, ctx, {
        ...leadingKeys(ctx, Get.TableName, [Get.Key]),
        'dynamodb:EnclosingOperation': 'TransactGetItems',
      }),
    ),
  handle: ({ TransactItems }, { store }) => {
    if (TransactItems.length === 0 || TransactItems.length > 100) {
      throw ddbErrors.validation(
        "1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100, Member must have length greater than or equal to 1",
      );
    }
    return {
      Responses: TransactItems.map(({ Get }) => {
        const table = store.getTable(Get.TableName);
        const expressions = expressionContext(Get);
        const projection = parseProjectionOf(Get, expressions);
        expressions.assertAllUsed();
        const item = table.items.get(checkKey(table, Get.Key));
        return item === undefined ? {} : { Item: projected(item, projection) };
      }),
    };
  },
});
