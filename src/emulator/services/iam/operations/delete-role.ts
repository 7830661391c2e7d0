import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { roleArnFor } from '../iam-shapes.js';

/** AWS refuses to delete a role that still has policies or instance profiles. */
export const deleteRole = defineOperation<IdentityStore, { RoleName: string }, object>({
  name: 'DeleteRole',
  authorize: ({ RoleName }, { store }) => [
    { action: 'iam:DeleteRole', resource: roleArnFor(store, RoleName) },
  ],
  handle({ RoleName }, { store }) {
    const role = store.getRole(RoleName);
    if (role.attached.length > 0)
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must detach all policies first.',
        409,
      );
    if (role.inline.size > 0)
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must delete policies first.',
        409,
      );
    if ([...store.instanceProfiles.values()].some((p) => p.roles.includes(RoleName))) {
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must remove roles from instance profile first.',
        409,
      );
    }
    store.roles.delete(RoleName);
    return {};
  },
});
