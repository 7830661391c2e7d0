import { defineOperation } from '../../service-types.js';
import { tableCheck } from '../dynamodb-authz.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { tableNameOf, type DynamoDbStore, type Throughput } from '../dynamodb-store.js';
import { tableDescription } from '../table-description.js';

interface Input {
  TableName: string;
  BillingMode?: 'PROVISIONED' | 'PAY_PER_REQUEST';
  ProvisionedThroughput?: Throughput;
  DeletionProtectionEnabled?: boolean;
  StreamSpecification?: { StreamEnabled: boolean; StreamViewType?: string };
  TableClass?: string;
  GlobalSecondaryIndexUpdates?: unknown[];
  AttributeDefinitions?: unknown[];
}

// Settings only: adding or removing indexes (GlobalSecondaryIndexUpdates) is not emulated.
export const updateTable = defineOperation<DynamoDbStore, Input, object>({
  name: 'UpdateTable',
  authorize: ({ TableName }, ctx) => [tableCheck('dynamodb:UpdateTable', TableName, ctx)],
  handle: (input, { store }) => {
    const table = store.findTable(input.TableName);
    if (table === undefined) throw ddbErrors.tableNotFound(tableNameOf(input.TableName));
    if (
      input.GlobalSecondaryIndexUpdates !== undefined &&
      input.GlobalSecondaryIndexUpdates.length > 0
    ) {
      throw ddbErrors.validation(
        'The iam-mutate emulator does not support GlobalSecondaryIndexUpdates in UpdateTable',
      );
    }
    if (input.BillingMode !== undefined) table.billingMode = input.BillingMode;
    if (input.BillingMode === 'PAY_PER_REQUEST') delete table.throughput;
    if (input.ProvisionedThroughput !== undefined) table.throughput = input.ProvisionedThroughput;
    if (input.DeletionProtectionEnabled !== undefined)
      table.deletionProtection = input.DeletionProtectionEnabled;
    if (input.StreamSpecification !== undefined)
      table.streamSpecification = input.StreamSpecification;
    if (input.TableClass !== undefined) table.tableClass = input.TableClass;
    return { TableDescription: tableDescription(table) };
  },
});
