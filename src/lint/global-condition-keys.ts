/**
 * Condition keys that are not tied to one service's actions: the AWS global condition keys
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html),
 * and the service-prefixed keys that page lists as present on every request of a role session
 * (ec2:SourceInstanceArn, lambda:SourceFunctionArn, ...). The catalog lists keys per action
 * only, so these are never reported as not applicable.
 */
const SERVICE_PREFIXED_GLOBALS = new Set(
  [
    'ec2:RoleDelivery',
    'ec2:SourceInstanceArn',
    'glue:RoleAssumedBy',
    'glue:CredentialIssuingService',
    'lambda:SourceFunctionArn',
    'ssm:SourceInstanceArn',
    'identitystore:UserId',
    'sts:SourceIdentity',
    'sts:RoleSessionName',
  ].map((k) => k.toLowerCase()),
);

/**
 * Whether the key may be present on any action's request. Every `aws:` key counts: new global
 * keys appear faster than catalogs learn them, and a false alarm costs more than a miss here.
 */
export function isGlobalConditionKey(key: string): boolean {
  const lower = key.toLowerCase();
  return lower.startsWith('aws:') || SERVICE_PREFIXED_GLOBALS.has(lower);
}
