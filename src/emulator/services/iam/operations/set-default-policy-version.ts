import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';

export const setDefaultPolicyVersion = defineOperation<
  IdentityStore,
  { PolicyArn: string; VersionId: string },
  object
>({
  name: 'SetDefaultPolicyVersion',
  authorize: ({ PolicyArn }) => [{ action: 'iam:SetDefaultPolicyVersion', resource: PolicyArn }],
  handle({ PolicyArn, VersionId }, { store, now }) {
    const policy = store.getPolicy(PolicyArn);
    if (!policy.versions.some((v) => v.versionId === VersionId)) {
      throw new AwsError(
        'NoSuchEntity',
        `Policy ${PolicyArn} version ${VersionId} does not exist.`,
        404,
      );
    }
    policy.defaultVersionId = VersionId;
    policy.updateDate = now;
    return {};
  },
});
