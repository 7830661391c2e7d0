import { defineOperation } from '../../service-types.js';
import { ddbErrors } from '../dynamodb-errors.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

// AWS names the account's table wildcard in ListTables denials
// (`on resource: arn:aws:dynamodb:REGION:ACCOUNT:table/*`); a policy with Resource "*" matches it.
export const listTables = defineOperation<
  DynamoDbStore,
  { ExclusiveStartTableName?: string; Limit?: number },
  object
>({
  name: 'ListTables',
  authorize: (_input, ctx) => [
    { action: 'dynamodb:ListTables', resource: ctx.store.tableArn(ctx.region, '*') },
  ],
  handle: ({ ExclusiveStartTableName, Limit }, { store }) => {
    const limit = Limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      throw ddbErrors.validation(
        `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value ${limit < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`,
      );
    }
    const names = [...store.tables.keys()]
      .sort()
      .filter((n) => ExclusiveStartTableName === undefined || n > ExclusiveStartTableName);
    const page = names.slice(0, limit);
    return {
      TableNames: page,
      ...(names.length > limit && { LastEvaluatedTableName: page[page.length - 1] }),
    };
  },
});
