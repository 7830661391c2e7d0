import type { Tag } from '../../../identity/identity-store.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { snsErrors } from '../sns-errors.js';
import type { SnsStore } from '../sns-store.js';

interface Input {
  ResourceArn: string;
  Tags: Tag[];
}

export const tagResource = defineOperation<SnsStore, Input, object>({
  name: 'TagResource',
  authorize: (input) => [
    {
      action: 'sns:TagResource',
      resource: input.ResourceArn,
      context: requestTagContext(input.Tags),
    },
  ],
  handle(input, { store }) {
    const topic = store.topics.get(input.ResourceArn);
    if (topic === undefined) throw snsErrors.resourceNotFound();
    for (const t of input.Tags) topic.tags.set(t.Key, t.Value);
    return {};
  },
});
