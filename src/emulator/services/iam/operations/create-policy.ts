import type { IdentityStore, Tag } from '../../../identity/identity-store.js';
import { iamId } from '../../../identity/ids.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { checkManagedPolicyQuota } from '../policy-size-quota.js';
import { checkName, checkPath, entityExistsError, mergeTags, policyShape } from '../iam-shapes.js';

interface Input {
  PolicyName: string;
  Path?: string;
  PolicyDocument: string;
  Description?: string;
  Tags?: Tag[];
}

/** Managed policy ids are their ARNs, so the authorization log names them unambiguously. */
export const createPolicy = defineOperation<IdentityStore, Input, object>({
  name: 'CreatePolicy',
  authorize: (input, { store }) => [
    {
      action: 'iam:CreatePolicy',
      resource: store.arn('policy', checkPath(input.Path), input.PolicyName),
      context: requestTagContext(input.Tags),
    },
  ],
  handle(input, { store, now }) {
    checkName('policyName', input.PolicyName);
    checkManagedPolicyQuota(input.PolicyDocument ?? '');
    const path = checkPath(input.Path);
    const arn = store.arn('policy', path, input.PolicyName);
    if (store.policies.has(arn)) {
      throw entityExistsError(
        `A policy called ${input.PolicyName} already exists. Duplicate names are not allowed.`,
      );
    }
    const policy = {
      arn,
      name: input.PolicyName,
      id: iamId('ANPA'),
      path,
      ...(input.Description !== undefined && { description: input.Description }),
      createDate: now,
      updateDate: now,
      defaultVersionId: 'v1',
      versions: [
        {
          versionId: 'v1',
          document: store.document(arn, input.PolicyDocument, 'identity'),
          createDate: now,
        },
      ],
      nextVersion: 2,
      tags: mergeTags([], input.Tags),
    };
    store.policies.set(arn, policy);
    return { Policy: policyShape(policy, 0) };
  },
});
