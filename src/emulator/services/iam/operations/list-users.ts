import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { paginate, userShape } from '../iam-shapes.js';

export const listUsers = defineOperation<
  IdentityStore,
  { PathPrefix?: string; Marker?: string; MaxItems?: number },
  object
>({
  name: 'ListUsers',
  authorize: (input, { store }) => [
    { action: 'iam:ListUsers', resource: store.arn('user', input.PathPrefix ?? '/', '') },
  ],
  handle(input, { store }) {
    const users = [...store.users.values()]
      .filter((u) => u.path.startsWith(input.PathPrefix ?? '/'))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, ...more } = paginate(users, input.Marker, input.MaxItems);
    return { Users: page.map((u) => userShape(u, store)), ...more };
  },
});
