import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { encodeDocument } from '../iam-shapes.js';

export const getPolicyVersion = defineOperation<
  IdentityStore,
  { PolicyArn: string; VersionId: string },
  object
>({
  name: 'GetPolicyVersion',
  authorize: ({ PolicyArn }) => [{ action: 'iam:GetPolicyVersion', resource: PolicyArn }],
  handle({ PolicyArn, VersionId }, { store }) {
    const policy = store.getPolicy(PolicyArn);
    const version = policy.versions.find((v) => v.versionId === VersionId);
    if (version === undefined) {
      throw new AwsError(
        'NoSuchEntity',
        `Policy ${PolicyArn} version ${VersionId} does not exist or is not attachable.`,
        404,
      );
    }
    return {
      PolicyVersion: {
        Document: encodeDocument(version.document.text),
        VersionId: version.versionId,
        IsDefaultVersion: policy.defaultVersionId === version.versionId,
        CreateDate: version.createDate,
      },
    };
  },
});
