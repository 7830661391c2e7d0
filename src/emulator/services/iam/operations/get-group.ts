import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { groupArnFor, groupShape } from '../group-shapes.js';
import { paginate, userShape } from '../iam-shapes.js';

export const getGroup = defineOperation<
  IdentityStore,
  { GroupName: string; Marker?: string; MaxItems?: number },
  object
>({
  name: 'GetGroup',
  authorize: ({ GroupName }, { store }) => [
    { action: 'iam:GetGroup', resource: groupArnFor(store, GroupName) },
  ],
  handle(input, { store }) {
    const group = store.getGroup(input.GroupName);
    const users = group.members.flatMap((name) => {
      const user = store.users.get(name);
      return user === undefined ? [] : [userShape(user, store)];
    });
    const { page, ...more } = paginate(users, input.Marker, input.MaxItems);
    return { Group: groupShape(group), Users: page, ...more };
  },
});
