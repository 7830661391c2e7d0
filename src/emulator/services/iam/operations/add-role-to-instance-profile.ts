import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { instanceProfileArnFor, roleArnFor } from '../iam-shapes.js';
import { getInstanceProfile } from './instance-profile-lookup.js';

/** Needs iam:AddRoleToInstanceProfile on the profile and iam:PassRole on the role, as in AWS. */
export const addRoleToInstanceProfile = defineOperation<
  IdentityStore,
  { InstanceProfileName: string; RoleName: string },
  object
>({
  name: 'AddRoleToInstanceProfile',
  authorize: ({ InstanceProfileName, RoleName }, { store }) => [
    {
      action: 'iam:AddRoleToInstanceProfile',
      resource: instanceProfileArnFor(store, InstanceProfileName),
    },
    {
      action: 'iam:PassRole',
      resource: roleArnFor(store, RoleName),
      context: { 'iam:PassedToService': 'ec2.amazonaws.com' },
    },
  ],
  handle({ InstanceProfileName, RoleName }, { store }) {
    const profile = getInstanceProfile(store, InstanceProfileName);
    store.getRole(RoleName);
    if (profile.roles.length > 0) {
      throw new AwsError(
        'LimitExceeded',
        'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1',
        409,
      );
    }
    profile.roles.push(RoleName);
    return {};
  },
});
