import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { groupCheck } from '../logs-checks.js';
import type { LogsStore } from '../logs-store.js';

interface Input {
  logGroupName: string;
  tags: Record<string, string>;
}

/** The deprecated TagLogGroup, still what older SDK code calls. */
export const tagLogGroup = defineOperation<LogsStore, Input, object>({
  name: 'TagLogGroup',
  authorize: (input, { region, accountId, store }) =>
    groupCheck('logs:TagLogGroup', region, accountId, input.logGroupName, store).map((c) => ({
      ...c,
      context: {
        ...c.context,
        ...requestTagContext(Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value }))),
      },
    })),
  handle(input, { store, region }) {
    const group = store.getGroup(region, input.logGroupName);
    for (const [k, v] of Object.entries(input.tags)) group.tags.set(k, v);
    return {};
  },
});
