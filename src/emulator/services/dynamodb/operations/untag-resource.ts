import { defineOperation } from '../../service-types.js';
import { tableByArn } from '../dynamodb-tags.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

export const untagResource = defineOperation<
  DynamoDbStore,
  { ResourceArn: string; TagKeys: string[] },
  object
>({
  name: 'UntagResource',
  authorize: ({ ResourceArn, TagKeys }) => [
    {
      action: 'dynamodb:UntagResource',
      resource: ResourceArn,
      context: { 'aws:TagKeys': TagKeys },
    },
  ],
  handle: ({ ResourceArn, TagKeys }, { store }) => {
    const table = tableByArn(store, ResourceArn);
    table.tags = table.tags.filter((t) => !TagKeys.includes(t.Key));
    return {};
  },
});
