import { defineOperation } from '../../service-types.js';
import { tableByArn } from '../dynamodb-tags.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

export const listTagsOfResource = defineOperation<
  DynamoDbStore,
  { ResourceArn: string; NextToken?: string },
  object
>({
  name: 'ListTagsOfResource',
  authorize: ({ ResourceArn }) => [
    { action: 'dynamodb:ListTagsOfResource', resource: ResourceArn },
  ],
  handle: ({ ResourceArn }, { store }) => ({ Tags: tableByArn(store, ResourceArn).tags }),
});
