import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { roleArnFor } from '../iam-shapes.js';

interface Input {
  RoleName: string;
  Description?: string;
  MaxSessionDuration?: number;
}

export const updateRole = defineOperation<IdentityStore, Input, object>({
  name: 'UpdateRole',
  authorize: ({ RoleName }, { store }) => [
    { action: 'iam:UpdateRole', resource: roleArnFor(store, RoleName) },
  ],
  handle(input, { store }) {
    const role = store.getRole(input.RoleName);
    if (input.Description !== undefined) role.description = input.Description;
    if (input.MaxSessionDuration !== undefined) role.maxSessionDuration = input.MaxSessionDuration;
    return {};
  },
});
