import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { userArnFor } from '../iam-shapes.js';
import { userNameOrCaller } from './caller-user.js';

export const updateAccessKey = defineOperation<
  IdentityStore,
  { UserName?: string; AccessKeyId: string; Status: string },
  object
>({
  name: 'UpdateAccessKey',
  authorize: ({ UserName, AccessKeyId }, { store, principal }) => {
    const name =
      userNameOrCaller(UserName, principal) ?? store.accessKeys.get(AccessKeyId)?.userName;
    return [
      {
        action: 'iam:UpdateAccessKey',
        resource: name === undefined ? principal.arn : userArnFor(store, name),
      },
    ];
  },
  handle({ AccessKeyId, Status }, { store }) {
    const key = store.accessKeys.get(AccessKeyId);
    if (key === undefined)
      throw new AwsError(
        'NoSuchEntity',
        `The Access Key with id ${AccessKeyId} cannot be found.`,
        404,
      );
    if (Status !== 'Active' && Status !== 'Inactive') {
      throw new AwsError(
        'ValidationError',
        `1 validation error detected: Value '${Status}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]`,
        400,
      );
    }
    key.status = Status;
    return {};
  },
});
