import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { checkManagedPolicyQuota } from '../policy-size-quota.js';

export const createPolicyVersion = defineOperation<
  IdentityStore,
  { PolicyArn: string; PolicyDocument: string; SetAsDefault?: boolean },
  object
>({
  name: 'CreatePolicyVersion',
  authorize: ({ PolicyArn }) => [{ action: 'iam:CreatePolicyVersion', resource: PolicyArn }],
  handle(input, { store, now }) {
    const policy = store.getPolicy(input.PolicyArn);
    checkManagedPolicyQuota(input.PolicyDocument ?? '');
    if (policy.versions.length >= 5) {
      throw new AwsError(
        'LimitExceeded',
        `A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.`,
        409,
      );
    }
    const versionId = `v${policy.nextVersion++}`;
    policy.versions.push({
      versionId,
      document: store.document(policy.arn, input.PolicyDocument, 'identity'),
      createDate: now,
    });
    if (input.SetAsDefault) policy.defaultVersionId = versionId;
    policy.updateDate = now;
    return {
      PolicyVersion: {
        VersionId: versionId,
        IsDefaultVersion: policy.defaultVersionId === versionId,
        CreateDate: now,
      },
    };
  },
});
