import { defineOperation } from '../../service-types.js';
import { snsErrors } from '../sns-errors.js';
import type { SnsStore } from '../sns-store.js';

interface Input {
  ResourceArn: string;
  TagKeys: string[];
}

export const untagResource = defineOperation<SnsStore, Input, object>({
  name: 'UntagResource',
  authorize: (input) => [
    {
      action: 'sns:UntagResource',
      resource: input.ResourceArn,
      context: { 'aws:TagKeys': input.TagKeys },
    },
  ],
  handle(input, { store }) {
    const topic = store.topics.get(input.ResourceArn);
    if (topic === undefined) throw snsErrors.resourceNotFound();
    for (const key of input.TagKeys) topic.tags.delete(key);
    return {};
  },
});
