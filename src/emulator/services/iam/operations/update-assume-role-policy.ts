import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { roleArnFor } from '../iam-shapes.js';

export const updateAssumeRolePolicy = defineOperation<
  IdentityStore,
  { RoleName: string; PolicyDocument: string },
  object
>({
  name: 'UpdateAssumeRolePolicy',
  authorize: ({ RoleName }, { store }) => [
    { action: 'iam:UpdateAssumeRolePolicy', resource: roleArnFor(store, RoleName) },
  ],
  handle({ RoleName, PolicyDocument }, { store }) {
    const role = store.getRole(RoleName);
    role.trust = store.document(`role/${RoleName}/trust`, PolicyDocument, 'resource');
    return {};
  },
});
