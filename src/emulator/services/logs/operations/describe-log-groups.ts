import { defineOperation } from '../../service-types.js';
import type { LogsStore } from '../logs-store.js';
import { pageOf } from '../paging.js';
import { partitionOfRegion } from '../../../../policy/partition.js';

interface Input {
  logGroupNamePrefix?: string;
  logGroupNamePattern?: string;
  nextToken?: string;
  limit?: number;
}

/** logs:DescribeLogGroups on `log-group::log-stream:` (no group named), groups sorted by name. */
export const describeLogGroups = defineOperation<LogsStore, Input, object>({
  name: 'DescribeLogGroups',
  authorize: (_input, { region, accountId }) => [
    {
      action: 'logs:DescribeLogGroups',
      resource: `arn:${partitionOfRegion(region)}:logs:${region}:${accountId}:log-group::log-stream:`,
    },
  ],
  handle(input, { store, region }) {
    const pattern = input.logGroupNamePattern?.toLowerCase();
    const groups = [...store.groups(region).values()]
      .filter(
        (g) =>
          input.logGroupNamePrefix === undefined || g.name.startsWith(input.logGroupNamePrefix),
      )
      .filter((g) => pattern === undefined || g.name.toLowerCase().includes(pattern))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const { items, nextToken } = pageOf(groups, input.nextToken, input.limit ?? 50, 50);
    return {
      logGroups: items.map((g) => ({
        logGroupName: g.name,
        creationTime: g.createdAt,
        ...(g.retentionInDays !== undefined && { retentionInDays: g.retentionInDays }),
        metricFilterCount: 0,
        arn: `${store.groupArn(region, g.name)}:*`,
        storedBytes: [...g.streams.values()].reduce(
          (n, s) => n + s.events.reduce((m, e) => m + Buffer.byteLength(e.message), 0),
          0,
        ),
        ...(g.kmsKeyId !== undefined && { kmsKeyId: g.kmsKeyId }),
        logGroupClass: g.logGroupClass,
        logGroupArn: store.groupArn(region, g.name),
      })),
      ...(nextToken !== undefined && { nextToken }),
    };
  },
});
