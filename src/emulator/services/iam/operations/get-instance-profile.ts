import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { instanceProfileArnFor, instanceProfileShape } from '../iam-shapes.js';
import { getInstanceProfile as lookup } from './instance-profile-lookup.js';

export const getInstanceProfile = defineOperation<
  IdentityStore,
  { InstanceProfileName: string },
  object
>({
  name: 'GetInstanceProfile',
  authorize: ({ InstanceProfileName }, { store }) => [
    {
      action: 'iam:GetInstanceProfile',
      resource: instanceProfileArnFor(store, InstanceProfileName),
    },
  ],
  handle: ({ InstanceProfileName }, { store }) => ({
    InstanceProfile: instanceProfileShape(lookup(store, InstanceProfileName), store),
  }),
});
