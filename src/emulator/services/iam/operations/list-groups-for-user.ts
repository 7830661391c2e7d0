import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { groupShape } from '../group-shapes.js';
import { paginate, userArnFor } from '../iam-shapes.js';

export const listGroupsForUser = defineOperation<
  IdentityStore,
  { UserName: string; Marker?: string; MaxItems?: number },
  object
>({
  name: 'ListGroupsForUser',
  authorize: ({ UserName }, { store }) => [
    { action: 'iam:ListGroupsForUser', resource: userArnFor(store, UserName) },
  ],
  handle(input, { store }) {
    store.getUser(input.UserName);
    const groups = [...store.groups.values()].filter((g) => g.members.includes(input.UserName));
    const { page, ...more } = paginate(groups, input.Marker, input.MaxItems);
    return { Groups: page.map(groupShape), ...more };
  },
});
