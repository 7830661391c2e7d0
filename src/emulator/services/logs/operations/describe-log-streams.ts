import { defineOperation } from '../../service-types.js';
import { groupCheck } from '../logs-checks.js';
import { logsErrors } from '../logs-errors.js';
import { groupNameOf, type LogStream, type LogsStore } from '../logs-store.js';
import { pageOf } from '../paging.js';

interface Input {
  logGroupName?: string;
  logGroupIdentifier?: string;
  logStreamNamePrefix?: string;
  orderBy?: string;
  descending?: boolean;
  nextToken?: string;
  limit?: number;
}

/** logs:DescribeLogStreams on the group, ordered by name or by last event time. */
export const describeLogStreams = defineOperation<LogsStore, Input, object>({
  name: 'DescribeLogStreams',
  authorize: (input, { region, accountId, store }) =>
    groupCheck('logs:DescribeLogStreams', region, accountId, groupNameOf(input), store),
  handle(input, { store, region }) {
    const groupName = groupNameOf(input);
    const group = store.getGroup(region, groupName);
    if (input.orderBy === 'LastEventTime' && input.logStreamNamePrefix !== undefined) {
      throw logsErrors.invalidParameter(
        'Cannot order by LastEventTime with a logStreamNamePrefix.',
      );
    }
    const last = (s: LogStream) => s.events[s.events.length - 1]?.timestamp ?? 0;
    const streams = [...group.streams.values()]
      .filter(
        (s) =>
          input.logStreamNamePrefix === undefined || s.name.startsWith(input.logStreamNamePrefix),
      )
      .sort((a, b) =>
        input.orderBy === 'LastEventTime'
          ? last(a) - last(b)
          : a.name < b.name
            ? -1
            : a.name > b.name
              ? 1
              : 0,
      );
    if (input.descending === true) streams.reverse();
    const { items, nextToken } = pageOf(streams, input.nextToken, input.limit ?? 50, 50);
    return {
      logStreams: items.map((s) => ({
        logStreamName: s.name,
        creationTime: s.createdAt,
        ...(s.events.length > 0 && {
          firstEventTimestamp: s.events[0]!.timestamp,
          lastEventTimestamp: last(s),
        }),
        ...(s.lastIngestionTime !== undefined && { lastIngestionTime: s.lastIngestionTime }),
        uploadSequenceToken: String(s.uploadSequence).padStart(56, '0'),
        arn: `${store.groupArn(region, groupName)}:log-stream:${s.name}`,
        storedBytes: 0,
      })),
      ...(nextToken !== undefined && { nextToken }),
    };
  },
});
