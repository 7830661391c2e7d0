import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { userArnFor } from '../iam-shapes.js';
import { requireUserName, userNameOrCaller } from './caller-user.js';

export const deleteAccessKey = defineOperation<
  IdentityStore,
  { UserName?: string; AccessKeyId: string },
  object
>({
  name: 'DeleteAccessKey',
  authorize: ({ UserName, AccessKeyId }, { store, principal }) => {
    const name =
      userNameOrCaller(UserName, principal) ?? store.accessKeys.get(AccessKeyId)?.userName;
    return [
      {
        action: 'iam:DeleteAccessKey',
        resource: name === undefined ? principal.arn : userArnFor(store, name),
      },
    ];
  },
  handle({ UserName, AccessKeyId }, { store, principal }) {
    const key = store.accessKeys.get(AccessKeyId);
    const userName = UserName ?? key?.userName ?? requireUserName(undefined, principal);
    if (key === undefined || key.userName !== userName) {
      throw new AwsError(
        'NoSuchEntity',
        `The Access Key with id ${AccessKeyId} cannot be found.`,
        404,
      );
    }
    store.accessKeys.delete(AccessKeyId);
    return {};
  },
});
