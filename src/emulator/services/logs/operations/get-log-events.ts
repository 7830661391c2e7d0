import { defineOperation } from '../../service-types.js';
import { streamCheck } from '../logs-checks.js';
import { logsErrors } from '../logs-errors.js';
import { groupNameOf, type LogsStore } from '../logs-store.js';

interface Input {
  logGroupName?: string;
  logGroupIdentifier?: string;
  logStreamName: string;
  startTime?: number;
  endTime?: number;
  nextToken?: string;
  limit?: number;
  startFromHead?: boolean;
}

/**
 * logs:GetLogEvents on `log-group:G:log-stream:S`. Tokens are `f/N` and `b/N` (event positions);
 * at the end of the stream the same forward token comes back, which is how clients stop.
 * Without a token and startFromHead, the newest `limit` events are returned, as AWS does.
 */
export const getLogEvents = defineOperation<LogsStore, Input, object>({
  name: 'GetLogEvents',
  authorize: (input, { region, accountId, store }) =>
    streamCheck(
      'logs:GetLogEvents',
      region,
      accountId,
      groupNameOf(input),
      input.logStreamName,
      store,
    ),
  handle(input, { store, region }) {
    const stream = store.getStream(region, groupNameOf(input), input.logStreamName);
    const limit = input.limit ?? 10_000;
    if (limit < 1 || limit > 10_000)
      throw logsErrors.invalidParameter('limit must be between 1 and 10000.');
    const events = stream.events.filter(
      (e) =>
        (input.startTime === undefined || e.timestamp >= input.startTime) &&
        (input.endTime === undefined || e.timestamp < input.endTime),
    );
    let start: number;
    let end: number;
    const token = /^([fb])\/(\d+)$/.exec(input.nextToken ?? '');
    if (input.nextToken !== undefined && token === null)
      throw logsErrors.invalidParameter('The specified nextToken is invalid.');
    if (token !== null && token[1] === 'b') {
      end = Math.min(Number(token[2]), events.length);
      start = Math.max(0, end - limit);
    } else if (token !== null) {
      start = Math.min(Number(token[2]), events.length);
      end = Math.min(events.length, start + limit);
    } else if (input.startFromHead === true) {
      start = 0;
      end = Math.min(events.length, limit);
    } else {
      end = events.length;
      start = Math.max(0, end - limit);
    }
    return {
      events: events.slice(start, end).map((e) => ({
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: e.ingestionTime,
      })),
      nextForwardToken: `f/${String(end).padStart(56, '0')}`,
      nextBackwardToken: `b/${String(start).padStart(56, '0')}`,
    };
  },
});
