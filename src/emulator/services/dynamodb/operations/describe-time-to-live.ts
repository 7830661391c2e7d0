import { defineOperation } from '../../service-types.js';
import { tableCheck } from '../dynamodb-authz.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { tableNameOf, type DynamoDbStore } from '../dynamodb-store.js';

export const describeTimeToLive = defineOperation<DynamoDbStore, { TableName: string }, object>({
  name: 'DescribeTimeToLive',
  authorize: ({ TableName }, ctx) => [tableCheck('dynamodb:DescribeTimeToLive', TableName, ctx)],
  handle: ({ TableName }, { store }) => {
    const table = store.findTable(TableName);
    if (table === undefined) throw ddbErrors.tableNotFound(tableNameOf(TableName));
    const ttl = table.ttl;
    return {
      TimeToLiveDescription:
        ttl === undefined
          ? { TimeToLiveStatus: 'DISABLED' }
          : {
              TimeToLiveStatus: ttl.enabled ? 'ENABLED' : 'DISABLED',
              AttributeName: ttl.attributeName,
            },
    };
  },
});
