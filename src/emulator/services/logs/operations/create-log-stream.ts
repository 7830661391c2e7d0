import { defineOperation } from '../../service-types.js';
import { streamCheck } from '../logs-checks.js';
import { logsErrors } from '../logs-errors.js';
import type { LogsStore } from '../logs-store.js';

interface Input {
  logGroupName: string;
  logStreamName: string;
}

/** logs:CreateLogStream on `log-group:G:log-stream:S`. */
export const createLogStream = defineOperation<LogsStore, Input, object>({
  name: 'CreateLogStream',
  authorize: (input, { region, accountId, store }) =>
    streamCheck(
      'logs:CreateLogStream',
      region,
      accountId,
      input.logGroupName,
      input.logStreamName,
      store,
    ),
  handle(input, { store, region, now }) {
    if (
      input.logStreamName === '' ||
      input.logStreamName.length > 512 ||
      /[:*]/.test(input.logStreamName)
    ) {
      throw logsErrors.invalidParameter(
        `1 validation error detected: Value '${input.logStreamName}' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*`,
      );
    }
    const group = store.getGroup(region, input.logGroupName);
    if (group.streams.has(input.logStreamName)) throw logsErrors.streamExists();
    group.streams.set(input.logStreamName, {
      name: input.logStreamName,
      createdAt: now.getTime(),
      events: [],
      uploadSequence: 0,
    });
    return {};
  },
});
