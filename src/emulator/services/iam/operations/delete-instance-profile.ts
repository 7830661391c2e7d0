import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { instanceProfileArnFor } from '../iam-shapes.js';
import { getInstanceProfile } from './instance-profile-lookup.js';

export const deleteInstanceProfile = defineOperation<
  IdentityStore,
  { InstanceProfileName: string },
  object
>({
  name: 'DeleteInstanceProfile',
  authorize: ({ InstanceProfileName }, { store }) => [
    {
      action: 'iam:DeleteInstanceProfile',
      resource: instanceProfileArnFor(store, InstanceProfileName),
    },
  ],
  handle({ InstanceProfileName }, { store }) {
    const profile = getInstanceProfile(store, InstanceProfileName);
    if (profile.roles.length > 0) {
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must remove roles from instance profile first.',
        409,
      );
    }
    store.instanceProfiles.delete(InstanceProfileName);
    return {};
  },
});
