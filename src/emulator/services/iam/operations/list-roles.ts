import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { paginate, roleShape } from '../iam-shapes.js';

interface Input {
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

export const listRoles = defineOperation<IdentityStore, Input, object>({
  name: 'ListRoles',
  // AWS names the path prefix as the resource: arn:aws:iam::ACCOUNT:role/
  authorize: (input, { store }) => [
    { action: 'iam:ListRoles', resource: store.arn('role', input.PathPrefix ?? '/', '') },
  ],
  handle(input, { store }) {
    const roles = [...store.roles.values()]
      .filter((r) => r.path.startsWith(input.PathPrefix ?? '/'))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, ...more } = paginate(roles, input.Marker, input.MaxItems);
    return { Roles: page.map((r) => roleShape(r, store, 'list')), ...more };
  },
});
