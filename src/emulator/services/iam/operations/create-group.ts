import type { IdentityStore } from '../../../identity/identity-store.js';
import { iamId } from '../../../identity/ids.js';
import { defineOperation } from '../../service-types.js';
import { groupShape } from '../group-shapes.js';
import { checkName, checkPath, entityExistsError } from '../iam-shapes.js';

export const createGroup = defineOperation<
  IdentityStore,
  { GroupName: string; Path?: string },
  object
>({
  name: 'CreateGroup',
  authorize: (input, { store }) => [
    {
      action: 'iam:CreateGroup',
      resource: store.arn('group', checkPath(input.Path), input.GroupName),
    },
  ],
  handle(input, { store, now }) {
    checkName('groupName', input.GroupName);
    if (store.groups.has(input.GroupName))
      throw entityExistsError(`Group with name ${input.GroupName} already exists.`);
    const path = checkPath(input.Path);
    const group = {
      name: input.GroupName,
      id: iamId('AGPA'),
      arn: store.arn('group', path, input.GroupName),
      path,
      createDate: now,
      inline: new Map(),
      attached: [],
      tags: [],
      members: [],
    };
    store.groups.set(group.name, group);
    return { Group: groupShape(group) };
  },
});
