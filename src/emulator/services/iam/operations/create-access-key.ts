import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { userArnFor } from '../iam-shapes.js';
import { requireUserName, userNameOrCaller } from './caller-user.js';

export const createAccessKey = defineOperation<IdentityStore, { UserName?: string }, object>({
  name: 'CreateAccessKey',
  authorize: ({ UserName }, { store, principal }) => {
    const name = userNameOrCaller(UserName, principal);
    return [
      {
        action: 'iam:CreateAccessKey',
        resource: name === undefined ? principal.arn : userArnFor(store, name),
      },
    ];
  },
  handle({ UserName }, { store, principal, now }) {
    const key = store.createAccessKey(requireUserName(UserName, principal), now);
    return {
      AccessKey: {
        UserName: key.userName,
        AccessKeyId: key.accessKeyId,
        Status: key.status,
        SecretAccessKey: key.secretAccessKey,
        CreateDate: key.createDate,
      },
    };
  },
});
