import { defineOperation } from '../../service-types.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

export const describeLimits = defineOperation<DynamoDbStore, object, object>({
  name: 'DescribeLimits',
  authorize: () => [{ action: 'dynamodb:DescribeLimits', resource: '*' }],
  handle: () => ({
    AccountMaxReadCapacityUnits: 80000,
    AccountMaxWriteCapacityUnits: 80000,
    TableMaxReadCapacityUnits: 40000,
    TableMaxWriteCapacityUnits: 40000,
  }),
});
