import model from '../../models/dynamodb.generated.json' with { type: 'json' };
import type { ServiceModel } from '../../protocols/model-types.js';
import type { ServiceDefinition } from '../service-types.js';
import { DynamoDbStore } from './dynamodb-store.js';
import { batchExecuteStatement } from './operations/batch-execute-statement.js';
import { batchGetItem } from './operations/batch-get-item.js';
import { batchWriteItem } from './operations/batch-write-item.js';
import { createTable } from './operations/create-table.js';
import { deleteItem } from './operations/delete-item.js';
import { deleteResourcePolicy } from './operations/delete-resource-policy.js';
import { deleteTable } from './operations/delete-table.js';
import { describeEndpoints } from './operations/describe-endpoints.js';
import { describeLimits } from './operations/describe-limits.js';
import { describeTable } from './operations/describe-table.js';
import { describeTimeToLive } from './operations/describe-time-to-live.js';
import { executeStatementOperation } from './operations/execute-statement.js';
import { executeTransaction } from './operations/execute-transaction.js';
import { getItem } from './operations/get-item.js';
import { getResourcePolicy } from './operations/get-resource-policy.js';
import { listTables } from './operations/list-tables.js';
import { listTagsOfResource } from './operations/list-tags-of-resource.js';
import { putItem } from './operations/put-item.js';
import { putResourcePolicy } from './operations/put-resource-policy.js';
import { query } from './operations/query.js';
import { scan } from './operations/scan.js';
import { tagResource } from './operations/tag-resource.js';
import { transactGetItems } from './operations/transact-get-items.js';
import { transactWriteItems } from './operations/transact-write-items.js';
import { untagResource } from './operations/untag-resource.js';
import { updateItem } from './operations/update-item.js';
import { updateTable } from './operations/update-table.js';
import { updateTimeToLive } from './operations/update-time-to-live.js';

/**
 * Amazon DynamoDB (awsJson 1.0, target prefix DynamoDB_20120810): tables and secondary indexes
 * in memory, the expression language (condition, filter, key condition, update, projection),
 * AWS's validation messages. Errors carry DynamoDB's `__type` namespace.
 */
export const dynamodbService: ServiceDefinition<DynamoDbStore> = {
  name: 'dynamodb',
  model: model as unknown as ServiceModel,
  createStore: (core) => new DynamoDbStore(core),
  operations: [
    batchExecuteStatement,
    batchGetItem,
    batchWriteItem,
    createTable,
    deleteItem,
    deleteResourcePolicy,
    deleteTable,
    describeEndpoints,
    describeLimits,
    describeTable,
    describeTimeToLive,
    executeStatementOperation,
    executeTransaction,
    getItem,
    getResourcePolicy,
    listTables,
    listTagsOfResource,
    putItem,
    putResourcePolicy,
    query,
    scan,
    tagResource,
    transactGetItems,
    transactWriteItems,
    untagResource,
    updateItem,
    updateTable,
    updateTimeToLive,
  ],
  // Table resource policies take part in authorization for the table and its indexes.
  resourcePolicies: (resourceArn, store) => store.resourcePolicies(resourceArn),
  jsonErrorTypePrefix: 'com.amazonaws.dynamodb.v20120810#',
};
