import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';

export const deletePolicyVersion = defineOperation<
  IdentityStore,
  { PolicyArn: string; VersionId: string },
  object
>({
  name: 'DeletePolicyVersion',
  authorize: ({ PolicyArn }) => [{ action: 'iam:DeletePolicyVersion', resource: PolicyArn }],
  handle({ PolicyArn, VersionId }, { store }) {
    const policy = store.getPolicy(PolicyArn);
    if (policy.defaultVersionId === VersionId) {
      throw new AwsError('DeleteConflict', 'Cannot delete the default version of a policy.', 409);
    }
    const index = policy.versions.findIndex((v) => v.versionId === VersionId);
    if (index === -1)
      throw new AwsError(
        'NoSuchEntity',
        `Policy ${PolicyArn} version ${VersionId} does not exist.`,
        404,
      );
    policy.versions.splice(index, 1);
    return {};
  },
});
