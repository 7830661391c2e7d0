import type { AuthorizationCheck } from '../service-types.js';
import type { LogsStore } from './logs-store.js';
import { partitionOfRegion } from '../../../policy/partition.js';

/** An existing group's tags as aws:ResourceTag/* (tag-based access control on log groups). */
function groupTags(
  store: LogsStore | undefined,
  region: string,
  group: string,
): AuthorizationCheck['context'] {
  const tags = store?.groups(region).get(group)?.tags;
  if (tags === undefined || tags.size === 0) return undefined;
  return Object.fromEntries([...tags].map(([k, v]) => [`aws:ResourceTag/${k}`, v]));
}

/**
 * CloudWatch Logs authorizes group-level actions on the group's ARN with an empty stream,
 * `arn:aws:logs:R:A:log-group:NAME:log-stream:` (what AWS names in its denials, and why
 * policies say `log-group:NAME:*`: a bare `log-group:NAME` does not match), stream-level
 * actions on `...:log-group:NAME:log-stream:STREAM`, and account-wide listing on
 * `...:log-group::log-stream:`.
 */
export function groupCheck(
  action: string,
  region: string,
  accountId: string,
  group: string,
  store?: LogsStore,
): AuthorizationCheck[] {
  const context = groupTags(store, region, group);
  return [
    {
      action,
      resource: `arn:${partitionOfRegion(region)}:logs:${region}:${accountId}:log-group:${group}:log-stream:`,
      ...(context !== undefined && { context }),
    },
  ];
}

export function streamCheck(
  action: string,
  region: string,
  accountId: string,
  group: string,
  stream: string,
  store?: LogsStore,
): AuthorizationCheck[] {
  const context = groupTags(store, region, group);
  return [
    {
      action,
      resource: `arn:${partitionOfRegion(region)}:logs:${region}:${accountId}:log-group:${group}:log-stream:${stream}`,
      ...(context !== undefined && { context }),
    },
  ];
}
