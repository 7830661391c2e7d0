/** An AWS SDK v3 service exception, with the HTTP status the emulator answered. */
export type AwsSdkError = Error & { $metadata?: { httpStatusCode?: number } };

/**
 * AWS's exact wording when no policy of `layer` allows `action`; without `resource`, the
 * message has no `on resource:` part (as for actions on no particular resource).
 */
export function denied(
  principalArn: string,
  action: string,
  resource?: string,
  layer = 'identity-based policy',
): string {
  const on = resource === undefined ? '' : ` on resource: ${resource}`;
  return `User: ${principalArn} is not authorized to perform: ${action}${on} because no ${layer} allows the ${action} action`;
}
