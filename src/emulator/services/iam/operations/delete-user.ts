import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { userArnFor } from '../iam-shapes.js';

export const deleteUser = defineOperation<IdentityStore, { UserName: string }, object>({
  name: 'DeleteUser',
  authorize: ({ UserName }, { store }) => [
    { action: 'iam:DeleteUser', resource: userArnFor(store, UserName) },
  ],
  handle({ UserName }, { store }) {
    const user = store.getUser(UserName);
    if (user.attached.length > 0)
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must detach all policies first.',
        409,
      );
    if (user.inline.size > 0)
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must delete policies first.',
        409,
      );
    if ([...store.accessKeys.values()].some((k) => k.userName === UserName)) {
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must delete access keys first.',
        409,
      );
    }
    store.users.delete(UserName);
    return {};
  },
});
