import { defineOperation } from '../../service-types.js';
import { snsErrors } from '../sns-errors.js';
import type { SnsStore } from '../sns-store.js';

interface Input {
  ResourceArn: string;
}

export const listTagsForResource = defineOperation<SnsStore, Input, object>({
  name: 'ListTagsForResource',
  authorize: (input) => [{ action: 'sns:ListTagsForResource', resource: input.ResourceArn }],
  handle(input, { store }) {
    const topic = store.topics.get(input.ResourceArn);
    if (topic === undefined) throw snsErrors.resourceNotFound();
    return { Tags: [...topic.tags].map(([Key, Value]) => ({ Key, Value })) };
  },
});
