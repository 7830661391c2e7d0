import { defineOperation } from '../../service-types.js';
import { compileFilterPattern } from '../filter-pattern.js';
import { groupCheck } from '../logs-checks.js';
import { logsErrors } from '../logs-errors.js';
import { groupNameOf, type LogsStore } from '../logs-store.js';

interface Input {
  logGroupName?: string;
  logGroupIdentifier?: string;
  logStreamNames?: string[];
  logStreamNamePrefix?: string;
  startTime?: number;
  endTime?: number;
  filterPattern?: string;
  nextToken?: string;
  limit?: number;
}

/** logs:FilterLogEvents on the group; events of all matching streams interleaved by time. */
export const filterLogEvents = defineOperation<LogsStore, Input, object>({
  name: 'FilterLogEvents',
  authorize: (input, { region, accountId, store }) =>
    groupCheck('logs:FilterLogEvents', region, accountId, groupNameOf(input), store),
  handle(input, { store, region }) {
    const group = store.getGroup(region, groupNameOf(input));
    if (input.logStreamNames !== undefined && input.logStreamNamePrefix !== undefined) {
      throw logsErrors.invalidParameter(
        'Cannot specify both logStreamNames and logStreamNamePrefix.',
      );
    }
    const limit = input.limit ?? 10_000;
    if (limit < 1 || limit > 10_000)
      throw logsErrors.invalidParameter('limit must be between 1 and 10000.');
    const matches = compileFilterPattern(input.filterPattern);
    const streams = [...group.streams.values()].filter(
      (s) =>
        (input.logStreamNames === undefined || input.logStreamNames.includes(s.name)) &&
        (input.logStreamNamePrefix === undefined || s.name.startsWith(input.logStreamNamePrefix)),
    );
    const events = streams
      .flatMap((s) => s.events.map((e) => ({ stream: s.name, e })))
      .filter(
        ({ e }) =>
          (input.startTime === undefined || e.timestamp >= input.startTime) &&
          (input.endTime === undefined || e.timestamp <= input.endTime),
      )
      .filter(({ e }) => matches(e.message))
      .sort((a, b) => a.e.timestamp - b.e.timestamp || a.e.seq - b.e.seq);
    const start =
      input.nextToken === undefined
        ? 0
        : Number(Buffer.from(input.nextToken, 'base64').toString('utf8'));
    if (!Number.isInteger(start) || start < 0)
      throw logsErrors.invalidParameter('The specified nextToken is invalid.');
    const page = events.slice(start, start + limit);
    return {
      events: page.map(({ stream, e }) => ({
        logStreamName: stream,
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: e.ingestionTime,
        eventId: String(e.seq).padStart(56, '0'),
      })),
      searchedLogStreams: streams.map((s) => ({ logStreamName: s.name, searchedCompletely: true })),
      ...(start + limit < events.length && {
        nextToken: Buffer.from(String(start + limit)).toString('base64'),
      }),
    };
  },
});
