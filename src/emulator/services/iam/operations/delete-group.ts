import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { groupArnFor } from '../group-shapes.js';

export const deleteGroup = defineOperation<IdentityStore, { GroupName: string }, object>({
  name: 'DeleteGroup',
  authorize: ({ GroupName }, { store }) => [
    { action: 'iam:DeleteGroup', resource: groupArnFor(store, GroupName) },
  ],
  handle({ GroupName }, { store }) {
    const group = store.getGroup(GroupName);
    if (group.members.length > 0)
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must remove users from group first.',
        409,
      );
    if (group.attached.length > 0)
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must detach all policies first.',
        409,
      );
    if (group.inline.size > 0)
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must delete policies first.',
        409,
      );
    store.groups.delete(GroupName);
    return {};
  },
});
