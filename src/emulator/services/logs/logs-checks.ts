import type { AuthorizationCheck } from '../service-types.js';

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
): AuthorizationCheck[] {
  return [
    { action, resource: `arn:aws:logs:${region}:${accountId}:log-group:${group}:log-stream:` },
  ];
}

export function streamCheck(
  action: string,
  region: string,
  accountId: string,
  group: string,
  stream: string,
): AuthorizationCheck[] {
  return [
    {
      action,
      resource: `arn:aws:logs:${region}:${accountId}:log-group:${group}:log-stream:${stream}`,
    },
  ];
}
