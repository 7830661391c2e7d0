import type { Tag } from '../../../identity/identity-store.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { tableByArn } from '../dynamodb-tags.js';
import type { DynamoDbStore } from '../dynamodb-store.js';

export const tagResource = defineOperation<
  DynamoDbStore,
  { ResourceArn: string; Tags: Tag[] },
  object
>({
  name: 'TagResource',
  authorize: ({ ResourceArn, Tags }) => [
    { action: 'dynamodb:TagResource', resource: ResourceArn, context: requestTagContext(Tags) },
  ],
  handle: ({ ResourceArn, Tags }, { store }) => {
    const table = tableByArn(store, ResourceArn);
    for (const tag of Tags) {
      table.tags = table.tags.filter((t) => t.Key !== tag.Key);
      table.tags.push(tag);
    }
    return {};
  },
});
