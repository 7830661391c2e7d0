import { defineOperation } from '../../service-types.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

// SDKs with endpoint discovery call this; AWS never authorizes it, and the answer is us.
export const describeEndpoints = defineOperation<DynamoDbStore, object, object>({
  name: 'DescribeEndpoints',
  authorize: () => [],
  handle: (_input, { request, region }) => ({
    Endpoints: [
      {
        Address: request.headers['host'] ?? `dynamodb.${region}.amazonaws.com`,
        CachePeriodInMinutes: 1440,
      },
    ],
  }),
});
