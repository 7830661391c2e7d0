import { defineOperation } from '../../service-types.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { tableByArn } from '../dynamodb-tags.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

export const getResourcePolicy = defineOperation<DynamoDbStore, { ResourceArn: string }, object>({
  name: 'GetResourcePolicy',
  authorize: ({ ResourceArn }) => [{ action: 'dynamodb:GetResourcePolicy', resource: ResourceArn }],
  handle: ({ ResourceArn }, { store }) => {
    const policy = tableByArn(store, ResourceArn).resourcePolicy;
    if (policy === undefined) {
      throw ddbErrors.policyNotFound(
        `Resource-based policy not found for the provided ResourceArn: ${ResourceArn}`,
      );
    }
    return { Policy: policy.text, RevisionId: policy.revisionId };
  },
});
