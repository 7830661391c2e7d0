import { defineOperation } from '../../service-types.js';
import { tableCheck } from '../dynamodb-authz.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { tableNameOf, type DynamoDbStore } from '../dynamodb-store.js';

interface Input {
  TableName: string;
  TimeToLiveSpecification: { Enabled: boolean; AttributeName: string };
}

// Recorded only: items are never expired (tests want determinism more than TTL sweeps).
export const updateTimeToLive = defineOperation<DynamoDbStore, Input, object>({
  name: 'UpdateTimeToLive',
  authorize: ({ TableName }, ctx) => [tableCheck('dynamodb:UpdateTimeToLive', TableName, ctx)],
  handle: ({ TableName, TimeToLiveSpecification }, { store }) => {
    const table = store.findTable(TableName);
    if (table === undefined) throw ddbErrors.tableNotFound(tableNameOf(TableName));
    if (table.ttl?.enabled === TimeToLiveSpecification.Enabled) {
      throw ddbErrors.validation(
        `TimeToLive is already ${TimeToLiveSpecification.Enabled ? 'enabled' : 'disabled'}`,
      );
    }
    table.ttl = {
      attributeName: TimeToLiveSpecification.AttributeName,
      enabled: TimeToLiveSpecification.Enabled,
    };
    return { TimeToLiveSpecification };
  },
});
