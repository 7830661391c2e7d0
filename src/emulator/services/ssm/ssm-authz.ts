import { resourceTagContext } from '../common/tag-context.js';
import type { AuthorizationCheck, OperationContext } from '../service-types.js';
import { kmsCheckFor } from './ssm-secure-string.js';
import type { SsmStore } from './ssm-store.js';
import { partitionOfRegion } from '../../../policy/partition.js';

/**
 * The IAM check on one parameter, named as the caller wrote it (selectors such as `:3` are not
 * part of the ARN), plus SSM's kms:Decrypt on the caller's behalf when a SecureString is read
 * WithDecryption. Read calls pass `missingAsWildcard` (see below).
 */
export function parameterChecks(
  action: string,
  nameText: string,
  ctx: OperationContext<SsmStore>,
  options: { decrypt?: boolean; missingAsWildcard?: boolean } = {},
): AuthorizationCheck[] {
  const { name } = ctx.store.select(nameText);
  const arn = ctx.store.arn(ctx.region, name);
  const parameter = ctx.store.parameters.get(name);
  // Reading a parameter that does not exist, AWS checks the action on `arn:aws:ssm:REGION:
  // ACCOUNT:*`: a caller allowed only named parameters gets AccessDenied on that wildcard, and
  // only a caller allowed `*` learns ParameterNotFound.
  const resource =
    parameter === undefined && options.missingAsWildcard === true
      ? `arn:${partitionOfRegion(ctx.region)}:ssm:${ctx.region}:${ctx.accountId}:*`
      : arn;
  const checks: AuthorizationCheck[] = [
    { action, resource, context: resourceTagContext(parameter?.tags) },
  ];
  if (options.decrypt === true && parameter !== undefined) {
    let version;
    try {
      version = ctx.store.resolve(nameText).version;
    } catch {
      version = undefined; // the handler answers the selector's error
    }
    if (version?.type === 'SecureString' && version.keyId !== undefined)
      checks.push(...kmsCheckFor('kms:Decrypt', version.keyId, arn, ctx));
  }
  return checks;
}
