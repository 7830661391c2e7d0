import { defineOperation } from '../../service-types.js';
import { streamCheck } from '../logs-checks.js';
import type { LogsStore } from '../logs-store.js';

interface Input {
  logGroupName: string;
  logStreamName: string;
}

export const deleteLogStream = defineOperation<LogsStore, Input, object>({
  name: 'DeleteLogStream',
  authorize: (input, { region, accountId, store }) =>
    streamCheck(
      'logs:DeleteLogStream',
      region,
      accountId,
      input.logGroupName,
      input.logStreamName,
      store,
    ),
  handle(input, { store, region }) {
    store.getStream(region, input.logGroupName, input.logStreamName);
    store.getGroup(region, input.logGroupName).streams.delete(input.logStreamName);
    return {};
  },
});
