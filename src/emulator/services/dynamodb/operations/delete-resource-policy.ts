import { defineOperation } from '../../service-types.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { tableByArn } from '../dynamodb-tags.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

export const deleteResourcePolicy = defineOperation<
  DynamoDbStore,
  { ResourceArn: string; ExpectedRevisionId?: string },
  object
>({
  name: 'DeleteResourcePolicy',
  authorize: ({ ResourceArn }) => [
    { action: 'dynamodb:DeleteResourcePolicy', resource: ResourceArn },
  ],
  handle: ({ ResourceArn, ExpectedRevisionId }, { store }) => {
    const table = tableByArn(store, ResourceArn);
    const policy = table.resourcePolicy;
    if (
      policy === undefined ||
      (ExpectedRevisionId !== undefined && policy.revisionId !== ExpectedRevisionId)
    ) {
      throw ddbErrors.policyNotFound(
        `Resource-based policy not found for the provided ResourceArn: ${ResourceArn}`,
      );
    }
    delete table.resourcePolicy;
    return { RevisionId: policy.revisionId };
  },
});
