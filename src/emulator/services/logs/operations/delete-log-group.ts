import { defineOperation } from '../../service-types.js';
import { groupCheck } from '../logs-checks.js';
import type { LogsStore } from '../logs-store.js';

interface Input {
  logGroupName: string;
}

export const deleteLogGroup = defineOperation<LogsStore, Input, object>({
  name: 'DeleteLogGroup',
  authorize: (input, { region, accountId, store }) =>
    groupCheck('logs:DeleteLogGroup', region, accountId, input.logGroupName, store),
  handle(input, { store, region }) {
    store.getGroup(region, input.logGroupName);
    store.groups(region).delete(input.logGroupName);
    return {};
  },
});
