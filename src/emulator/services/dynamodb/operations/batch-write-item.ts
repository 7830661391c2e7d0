import { defineOperation } from '../../service-types.js';
import type { Item } from '../attribute-value.js';
import { leadingKeys, tableCheck } from '../dynamodb-authz.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { checkItemKeys, checkKey } from '../dynamodb-keys.js';
import { storedItem } from '../dynamodb-request.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

type WriteRequest = { PutRequest?: { Item: Item }; DeleteRequest?: { Key: Item } };

// One check per table (dynamodb:BatchWriteItem); all requests are validated before any is applied.
export const batchWriteItem = defineOperation<
  DynamoDbStore,
  { RequestItems: Record<string, WriteRequest[]> },
  object
>({
  name: 'BatchWriteItem',
  authorize: ({ RequestItems }, ctx) =>
    Object.entries(RequestItems).map(([name, requests]) =>
      tableCheck(
        'dynamodb:BatchWriteItem',
        name,
        ctx,
        leadingKeys(
          ctx,
          name,
          requests.map((r) => r.PutRequest?.Item ?? r.DeleteRequest?.Key),
        ),
      ),
    ),
  handle: ({ RequestItems }, { store }) => {
    const total = Object.values(RequestItems).reduce((n, r) => n + r.length, 0);
    if (total > 25 || total === 0) {
      throw ddbErrors.validation(
        "1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]",
      );
    }
    const writes: (() => void)[] = [];
    for (const [name, requests] of Object.entries(RequestItems)) {
      const table = store.getTable(name);
      const seen = new Set<string>();
      for (const request of requests) {
        if ((request.PutRequest === undefined) === (request.DeleteRequest === undefined)) {
          throw ddbErrors.validation(
            'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
          );
        }
        if (request.PutRequest !== undefined) {
          const item = storedItem(request.PutRequest.Item);
          const key = checkItemKeys(table, item);
          if (seen.has(key))
            throw ddbErrors.validation('Provided list of item keys contains duplicates');
          seen.add(key);
          writes.push(() => table.items.set(key, item));
        } else {
          const key = checkKey(table, request.DeleteRequest!.Key);
          if (seen.has(key))
            throw ddbErrors.validation('Provided list of item keys contains duplicates');
          seen.add(key);
          writes.push(() => table.items.delete(key));
        }
      }
    }
    for (const write of writes) write();
    return { UnprocessedItems: {} };
  },
});
