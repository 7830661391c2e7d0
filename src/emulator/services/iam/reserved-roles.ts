/**
 * Roles under the path `/aws-reserved/` (IAM Identity Center's `AWSReservedSSO_*` roles) are
 * protected by AWS: IAM refuses to modify them whatever the caller's policies allow, with
 * `UnmodifiableEntity` (IAM API Reference, "Common errors" of PutRolePolicy, DeleteRole, ...;
 * IAM Identity Center User Guide, "Referencing permission sets in resource policies":
 * "these roles ... can't be modified"). Checked after authorization, as AWS answers
 * AccessDenied first to a caller that may not call the action at all.
 */
import { AwsError } from '../../errors/aws-error.js';
import type { IdentityStore } from '../../identity/identity-store.js';
import type { OperationDefinition } from '../service-types.js';

/** IAM operations that modify the role named by their `RoleName` input. */
const ROLE_WRITES = new Set([
  'AddRoleToInstanceProfile',
  'AttachRolePolicy',
  'DeleteRole',
  'DeleteRolePermissionsBoundary',
  'DeleteRolePolicy',
  'DetachRolePolicy',
  'PutRolePermissionsBoundary',
  'PutRolePolicy',
  'RemoveRoleFromInstanceProfile',
  'TagRole',
  'UntagRole',
  'UpdateAssumeRolePolicy',
  'UpdateRole',
  'UpdateRoleDescription',
]);

export const RESERVED_PATH = '/aws-reserved/';

/** The operation, refusing writes to reserved roles when it is a role write. */
export function refuseReservedRoleWrites(
  op: OperationDefinition<IdentityStore>,
): OperationDefinition<IdentityStore> {
  if (!ROLE_WRITES.has(op.name)) return op;
  return {
    ...op,
    handle(input, ctx) {
      const name = (input as { RoleName?: unknown }).RoleName;
      const role = typeof name === 'string' ? ctx.store.roles.get(name) : undefined;
      if (role?.path.startsWith(RESERVED_PATH)) {
        throw new AwsError(
          'UnmodifiableEntity',
          `Cannot perform the operation on the protected role '${role.name}' - this role is only modifiable by AWS`,
          400,
        );
      }
      return op.handle(input, ctx);
    },
  };
}
