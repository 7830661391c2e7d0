import type { IdentityStore } from '../../../identity/identity-store.js';
import { noSuchEntity } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { groupArnFor } from '../group-shapes.js';

export const removeUserFromGroup = defineOperation<
  IdentityStore,
  { GroupName: string; UserName: string },
  object
>({
  name: 'RemoveUserFromGroup',
  authorize: ({ GroupName }, { store }) => [
    { action: 'iam:RemoveUserFromGroup', resource: groupArnFor(store, GroupName) },
  ],
  handle({ GroupName, UserName }, { store }) {
    const group = store.getGroup(GroupName);
    const index = group.members.indexOf(UserName);
    if (index === -1) throw noSuchEntity(`The user with name ${UserName} cannot be found.`);
    group.members.splice(index, 1);
    return {};
  },
});
