import type { IdentityStore, Tag } from '../../../identity/identity-store.js';
import { iamId } from '../../../identity/ids.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { checkName, checkPath, entityExistsError, mergeTags, userShape } from '../iam-shapes.js';

interface Input {
  UserName: string;
  Path?: string;
  PermissionsBoundary?: string;
  Tags?: Tag[];
}

export const createUser = defineOperation<IdentityStore, Input, object>({
  name: 'CreateUser',
  authorize: (input, { store }) => [
    {
      action: 'iam:CreateUser',
      resource: store.arn('user', checkPath(input.Path), input.UserName),
      context: {
        ...requestTagContext(input.Tags),
        ...(input.PermissionsBoundary !== undefined && {
          'iam:PermissionsBoundary': input.PermissionsBoundary,
        }),
      },
    },
  ],
  handle(input, { store, now }) {
    checkName('userName', input.UserName);
    if (store.users.has(input.UserName))
      throw entityExistsError(`User with name ${input.UserName} already exists.`);
    if (input.PermissionsBoundary !== undefined) store.getPolicy(input.PermissionsBoundary);
    const path = checkPath(input.Path);
    const user = {
      name: input.UserName,
      id: iamId('AIDA'),
      arn: store.arn('user', path, input.UserName),
      path,
      createDate: now,
      inline: new Map(),
      attached: [],
      ...(input.PermissionsBoundary !== undefined && {
        permissionsBoundaryArn: input.PermissionsBoundary,
      }),
      tags: mergeTags([], input.Tags),
    };
    store.users.set(user.name, user);
    return { User: userShape(user, store) };
  },
});
