import { defineOperation } from '../../service-types.js';
import type { LogsStore } from '../logs-store.js';
import { groupOfArn } from '../resource-arn.js';

interface Input {
  resourceArn: string;
  tagKeys: string[];
}

export const untagResource = defineOperation<LogsStore, Input, object>({
  name: 'UntagResource',
  authorize: (input) => [
    {
      action: 'logs:UntagResource',
      resource: input.resourceArn,
      context: { 'aws:TagKeys': input.tagKeys },
    },
  ],
  handle(input, { store, region }) {
    const group = groupOfArn(store, region, input.resourceArn);
    for (const key of input.tagKeys) group.tags.delete(key);
    return {};
  },
});
