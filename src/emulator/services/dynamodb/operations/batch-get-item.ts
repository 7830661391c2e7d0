import { defineOperation } from '../../service-types.js';
import type { AttributeValue, Item } from '../attribute-value.js';
import { leadingKeys, tableCheck } from '../dynamodb-authz.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { checkKey } from '../dynamodb-keys.js';
import { expressionContext, parseProjectionOf, projected } from '../dynamodb-request.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

interface KeysAndAttributes {
  Keys: Item[];
  AttributesToGet?: string[];
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
}

// One check per table (dynamodb:BatchGetItem on each table ARN); every key is always processed.
export const batchGetItem = defineOperation<
  DynamoDbStore,
  { RequestItems: Record<string, KeysAndAttributes> },
  object
>({
  name: 'BatchGetItem',
  authorize: ({ RequestItems }, ctx) =>
    Object.entries(RequestItems).map(([name, request]) =>
      tableCheck('dynamodb:BatchGetItem', name, ctx, leadingKeys(ctx, name, request.Keys)),
    ),
  handle: ({ RequestItems }, { store }) => {
    const total = Object.values(RequestItems).reduce((n, r) => n + r.Keys.length, 0);
    if (total > 100)
      throw ddbErrors.validation('Too many items requested for the BatchGetItem call');
    if (Object.keys(RequestItems).length === 0) {
      throw ddbErrors.validation(
        "1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1",
      );
    }
    const responses: Record<string, Item[]> = {};
    for (const [name, request] of Object.entries(RequestItems)) {
      const table = store.getTable(name);
      const expressions = expressionContext(request);
      const projection = parseProjectionOf(request, expressions);
      expressions.assertAllUsed();
      const keys = request.Keys.map((k) => checkKey(table, k));
      if (new Set(keys).size !== keys.length)
        throw ddbErrors.validation('Provided list of item keys contains duplicates');
      const found: Item[] = [];
      for (const key of keys) {
        const item = table.items.get(key);
        if (item !== undefined) found.push(projected(item, projection));
      }
      responses[name] = found;
    }
    return { Responses: responses, UnprocessedKeys: {} };
  },
});
