import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { paginate } from '../iam-shapes.js';

export const listPolicyVersions = defineOperation<
  IdentityStore,
  { PolicyArn: string; Marker?: string; MaxItems?: number },
  object
>({
  name: 'ListPolicyVersions',
  authorize: ({ PolicyArn }) => [{ action: 'iam:ListPolicyVersions', resource: PolicyArn }],
  handle(input, { store }) {
    const policy = store.getPolicy(input.PolicyArn);
    const versions = [...policy.versions].reverse().map((v) => ({
      VersionId: v.versionId,
      IsDefaultVersion: v.versionId === policy.defaultVersionId,
      CreateDate: v.createDate,
    }));
    const { page, ...more } = paginate(versions, input.Marker, input.MaxItems);
    return { Versions: page, ...more };
  },
});
