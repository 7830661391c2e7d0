import { defineOperation } from '../../service-types.js';
import { tableCheck } from '../dynamodb-authz.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { tableNameOf, type DynamoDbStore } from '../dynamodb-store.js';
import { tableDescription } from '../table-description.js';

// Unlike the item calls, table calls name the missing table in their ResourceNotFoundException.
export const describeTable = defineOperation<DynamoDbStore, { TableName: string }, object>({
  name: 'DescribeTable',
  authorize: ({ TableName }, ctx) => [tableCheck('dynamodb:DescribeTable', TableName, ctx)],
  handle: ({ TableName }, { store }) => {
    const table = store.findTable(TableName);
    if (table === undefined) throw ddbErrors.tableNotFound(tableNameOf(TableName));
    return { Table: tableDescription(table) };
  },
});
