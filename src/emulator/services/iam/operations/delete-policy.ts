import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { attachmentCount } from '../iam-shapes.js';

export const deletePolicy = defineOperation<IdentityStore, { PolicyArn: string }, object>({
  name: 'DeletePolicy',
  authorize: ({ PolicyArn }) => [{ action: 'iam:DeletePolicy', resource: PolicyArn }],
  handle({ PolicyArn }, { store }) {
    const policy = store.getPolicy(PolicyArn);
    if (policy.arn.startsWith('arn:aws:iam::aws:')) {
      throw new AwsError('AccessDenied', 'AWS managed policies cannot be deleted.', 403);
    }
    if (attachmentCount(store, PolicyArn) > 0) {
      throw new AwsError('DeleteConflict', 'Cannot delete a policy attached to entities.', 409);
    }
    if (policy.versions.length > 1) {
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete a policy with non-default versions; delete them first.',
        409,
      );
    }
    store.policies.delete(PolicyArn);
    return {};
  },
});
