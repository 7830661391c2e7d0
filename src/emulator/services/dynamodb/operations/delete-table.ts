import { defineOperation } from '../../service-types.js';
import { tableCheck } from '../dynamodb-authz.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { tableNameOf, type DynamoDbStore } from '../dynamodb-store.js';
import { tableDescription } from '../table-description.js';

// Deletion is immediate; the answer still says DELETING, as AWS's does.
export const deleteTable = defineOperation<DynamoDbStore, { TableName: string }, object>({
  name: 'DeleteTable',
  authorize: ({ TableName }, ctx) => [tableCheck('dynamodb:DeleteTable', TableName, ctx)],
  handle: ({ TableName }, { store }) => {
    const table = store.findTable(TableName);
    if (table === undefined) throw ddbErrors.tableNotFound(tableNameOf(TableName));
    if (table.deletionProtection) throw ddbErrors.deletionProtected(table.arn);
    store.tables.delete(table.name);
    return { TableDescription: tableDescription(table, 'DELETING') };
  },
});
