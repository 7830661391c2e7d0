import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { paginate, userArnFor } from '../iam-shapes.js';
import { requireUserName, userNameOrCaller } from './caller-user.js';

export const listAccessKeys = defineOperation<
  IdentityStore,
  { UserName?: string; Marker?: string; MaxItems?: number },
  object
>({
  name: 'ListAccessKeys',
  authorize: ({ UserName }, { store, principal }) => {
    const name = userNameOrCaller(UserName, principal);
    return [
      {
        action: 'iam:ListAccessKeys',
        resource: name === undefined ? principal.arn : userArnFor(store, name),
      },
    ];
  },
  handle(input, { store, principal }) {
    const userName = requireUserName(input.UserName, principal);
    store.getUser(userName);
    const keys = [...store.accessKeys.values()]
      .filter((k) => k.userName === userName)
      .map((k) => ({
        UserName: k.userName,
        AccessKeyId: k.accessKeyId,
        Status: k.status,
        CreateDate: k.createDate,
      }));
    const { page, ...more } = paginate(keys, input.Marker, input.MaxItems);
    return { AccessKeyMetadata: page, ...more };
  },
});
