import { defineOperation } from '../../service-types.js';
import type { LogsStore } from '../logs-store.js';
import { groupOfArn } from '../resource-arn.js';

interface Input {
  resourceArn: string;
}

export const listTagsForResource = defineOperation<LogsStore, Input, object>({
  name: 'ListTagsForResource',
  authorize: (input) => [{ action: 'logs:ListTagsForResource', resource: input.resourceArn }],
  handle(input, { store, region }) {
    return { tags: Object.fromEntries(groupOfArn(store, region, input.resourceArn).tags) };
  },
});
