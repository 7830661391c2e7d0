import type { IdentityStore } from '../../../identity/identity-store.js';
import { resourceTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { roleArnFor, roleShape } from '../iam-shapes.js';

export const getRole = defineOperation<IdentityStore, { RoleName: string }, object>({
  name: 'GetRole',
  authorize: ({ RoleName }, { store }) => [
    {
      action: 'iam:GetRole',
      resource: roleArnFor(store, RoleName),
      context: resourceTagContext(store.roles.get(RoleName)?.tags),
    },
  ],
  handle: ({ RoleName }, { store }) => ({ Role: roleShape(store.getRole(RoleName), store, 'get') }),
});
