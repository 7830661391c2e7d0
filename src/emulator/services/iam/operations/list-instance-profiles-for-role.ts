import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { instanceProfileShape, paginate, roleArnFor } from '../iam-shapes.js';

export const listInstanceProfilesForRole = defineOperation<
  IdentityStore,
  { RoleName: string; Marker?: string; MaxItems?: number },
  object
>({
  name: 'ListInstanceProfilesForRole',
  authorize: ({ RoleName }, { store }) => [
    { action: 'iam:ListInstanceProfilesForRole', resource: roleArnFor(store, RoleName) },
  ],
  handle(input, { store }) {
    store.getRole(input.RoleName);
    const profiles = [...store.instanceProfiles.values()].filter((p) =>
      p.roles.includes(input.RoleName),
    );
    const { page, ...more } = paginate(profiles, input.Marker, input.MaxItems);
    return { InstanceProfiles: page.map((p) => instanceProfileShape(p, store)), ...more };
  },
});
