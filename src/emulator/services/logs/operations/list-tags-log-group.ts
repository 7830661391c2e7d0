import { defineOperation } from '../../service-types.js';
import { groupCheck } from '../logs-checks.js';
import type { LogsStore } from '../logs-store.js';

interface Input {
  logGroupName: string;
}

export const listTagsLogGroup = defineOperation<LogsStore, Input, object>({
  name: 'ListTagsLogGroup',
  authorize: (input, { region, accountId, store }) =>
    groupCheck('logs:ListTagsLogGroup', region, accountId, input.logGroupName, store),
  handle(input, { store, region }) {
    return { tags: Object.fromEntries(store.getGroup(region, input.logGroupName).tags) };
  },
});
