import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import type { LogsStore } from '../logs-store.js';
import { groupOfArn } from '../resource-arn.js';

interface Input {
  resourceArn: string;
  tags: Record<string, string>;
}

/** logs:TagResource on the resource ARN as given (log groups are the taggable resource here). */
export const tagResource = defineOperation<LogsStore, Input, object>({
  name: 'TagResource',
  authorize: (input) => [
    {
      action: 'logs:TagResource',
      resource: input.resourceArn,
      context: requestTagContext(
        Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
      ),
    },
  ],
  handle(input, { store, region }) {
    const group = groupOfArn(store, region, input.resourceArn);
    for (const [k, v] of Object.entries(input.tags)) group.tags.set(k, v);
    return {};
  },
});
