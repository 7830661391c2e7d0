import { defineOperation } from '../../service-types.js';
import { streamCheck } from '../logs-checks.js';
import type { LogsStore } from '../logs-store.js';
import { putEvents } from '../put-events.js';

interface Input {
  logGroupName: string;
  logStreamName: string;
  logEvents: Array<{ timestamp: number; message: string }>;
  sequenceToken?: string;
}

/**
 * logs:PutLogEvents on `log-group:G:log-stream:S`. Sequence tokens are accepted and ignored
 * (as AWS has since 2023); nextSequenceToken is still answered for older clients.
 */
export const putLogEvents = defineOperation<LogsStore, Input, object>({
  name: 'PutLogEvents',
  authorize: (input, { region, accountId, store }) =>
    streamCheck(
      'logs:PutLogEvents',
      region,
      accountId,
      input.logGroupName,
      input.logStreamName,
      store,
    ),
  handle(input, { store, region, now }) {
    const group = store.getGroup(region, input.logGroupName);
    const stream = store.getStream(region, input.logGroupName, input.logStreamName);
    const rejected = putEvents(store, group, stream, input.logEvents, now.getTime());
    return {
      nextSequenceToken: String(stream.uploadSequence).padStart(56, '0'),
      ...(Object.keys(rejected).length > 0 && { rejectedLogEventsInfo: rejected }),
    };
  },
});
