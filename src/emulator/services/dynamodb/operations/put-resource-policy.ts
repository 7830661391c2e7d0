import { defineOperation } from '../../service-types.js';
import { ddbErrors } from '../dynamodb-errors.js';
import { tableByArn } from '../dynamodb-tags.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

interface Input {
  ResourceArn: string;
  Policy: string;
  ExpectedRevisionId?: string;
}

// Takes effect for the very next call: the authorizer reads it through resourcePolicies().
export const putResourcePolicy = defineOperation<DynamoDbStore, Input, object>({
  name: 'PutResourcePolicy',
  authorize: ({ ResourceArn }) => [{ action: 'dynamodb:PutResourcePolicy', resource: ResourceArn }],
  handle: ({ ResourceArn, Policy, ExpectedRevisionId }, { store, now }) => {
    const table = tableByArn(store, ResourceArn);
    const current = table.resourcePolicy;
    if (ExpectedRevisionId !== undefined && current?.revisionId !== ExpectedRevisionId) {
      throw ddbErrors.policyNotFound(
        current === undefined
          ? `Resource-based policy not found for the provided ResourceArn: Requested update for policy with revision id ${ExpectedRevisionId}, but no policy is associated to target table ${table.name}.`
          : `Resource-based policy not found for the provided ResourceArn: Requested update for policy with revision id ${ExpectedRevisionId}, but the policy associated to target table ${table.name} has revision id ${current.revisionId}.`,
      );
    }
    table.resourcePolicy = store.compilePolicy(table.name, Policy, now);
    return { RevisionId: table.resourcePolicy.revisionId };
  },
});
