import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { groupArnFor } from '../group-shapes.js';

export const addUserToGroup = defineOperation<
  IdentityStore,
  { GroupName: string; UserName: string },
  object
>({
  name: 'AddUserToGroup',
  authorize: ({ GroupName }, { store }) => [
    { action: 'iam:AddUserToGroup', resource: groupArnFor(store, GroupName) },
  ],
  handle({ GroupName, UserName }, { store }) {
    const group = store.getGroup(GroupName);
    store.getUser(UserName);
    if (!group.members.includes(UserName)) group.members.push(UserName);
    return {};
  },
});
