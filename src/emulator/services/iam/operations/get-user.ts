import type { IdentityStore } from '../../../identity/identity-store.js';
import { resourceTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { userArnFor, userShape } from '../iam-shapes.js';
import { requireUserName, userNameOrCaller } from './caller-user.js';

export const getUser = defineOperation<IdentityStore, { UserName?: string }, object>({
  name: 'GetUser',
  authorize: ({ UserName }, { store, principal }) => {
    const name = userNameOrCaller(UserName, principal);
    return [
      {
        action: 'iam:GetUser',
        resource: name === undefined ? principal.arn : userArnFor(store, name),
        context: resourceTagContext(name === undefined ? undefined : store.users.get(name)?.tags),
      },
    ];
  },
  handle: ({ UserName }, { store, principal }) => ({
    User: userShape(store.getUser(requireUserName(UserName, principal)), store),
  }),
});
