import { logsErrors } from './logs-errors.js';
import { storeEvents, type LogGroup, type LogStream, type LogsStore } from './logs-store.js';

const MAX_AGE_MS = 14 * 86_400_000;
const MAX_AHEAD_MS = 2 * 3_600_000;

/**
 * PutLogEvents' rules: at most 10,000 events, in chronological order, spanning under 24 hours;
 * events older than 14 days (or the retention) or more than 2 hours ahead are rejected and
 * reported by index, the others stored.
 */
export function putEvents(
  store: LogsStore,
  group: LogGroup,
  stream: LogStream,
  events: ReadonlyArray<{ timestamp: number; message: string }>,
  now: number,
): {
  tooNewLogEventStartIndex?: number;
  tooOldLogEventEndIndex?: number;
  expiredLogEventEndIndex?: number;
} {
  if (events.length === 0) {
    throw logsErrors.invalidParameter(
      "1 validation error detected: Value '[]' at 'logEvents' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  }
  if (events.length > 10_000)
    throw logsErrors.invalidParameter(
      'The batch of log events in a single PutLogEvents request cannot exceed 10000 events.',
    );
  for (let i = 1; i < events.length; i++) {
    if (events[i]!.timestamp < events[i - 1]!.timestamp) {
      throw logsErrors.invalidParameter(
        'Log events in a single PutLogEvents request must be in chronological order.',
      );
    }
  }
  if (events[events.length - 1]!.timestamp - events[0]!.timestamp > 86_400_000) {
    throw logsErrors.invalidParameter(
      'The batch of log events in a single PutLogEvents request cannot span more than 24 hours.',
    );
  }
  const rejected: {
    tooNewLogEventStartIndex?: number;
    tooOldLogEventEndIndex?: number;
    expiredLogEventEndIndex?: number;
  } = {};
  const retentionMs =
    group.retentionInDays !== undefined ? group.retentionInDays * 86_400_000 : undefined;
  const accepted: Array<{ timestamp: number; message: string }> = [];
  events.forEach((event, index) => {
    if (event.timestamp > now + MAX_AHEAD_MS) {
      rejected.tooNewLogEventStartIndex ??= index;
    } else if (event.timestamp < now - MAX_AGE_MS) {
      rejected.tooOldLogEventEndIndex = index;
    } else if (retentionMs !== undefined && event.timestamp < now - retentionMs) {
      rejected.expiredLogEventEndIndex = index;
    } else {
      accepted.push(event);
    }
  });
  storeEvents(store, group, stream, accepted, now);
  return rejected;
}
