import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { instanceProfileArnFor } from '../iam-shapes.js';
import { getInstanceProfile } from './instance-profile-lookup.js';

export const removeRoleFromInstanceProfile = defineOperation<
  IdentityStore,
  { InstanceProfileName: string; RoleName: string },
  object
>({
  name: 'RemoveRoleFromInstanceProfile',
  authorize: ({ InstanceProfileName }, { store }) => [
    {
      action: 'iam:RemoveRoleFromInstanceProfile',
      resource: instanceProfileArnFor(store, InstanceProfileName),
    },
  ],
  handle({ InstanceProfileName, RoleName }, { store }) {
    const profile = getInstanceProfile(store, InstanceProfileName);
    const index = profile.roles.indexOf(RoleName);
    if (index === -1)
      throw new AwsError('NoSuchEntity', `The role with name ${RoleName} cannot be found.`, 404);
    profile.roles.splice(index, 1);
    return {};
  },
});
