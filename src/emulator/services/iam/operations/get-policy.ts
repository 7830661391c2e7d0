import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { attachmentCount, policyShape } from '../iam-shapes.js';

export const getPolicy = defineOperation<IdentityStore, { PolicyArn: string }, object>({
  name: 'GetPolicy',
  authorize: ({ PolicyArn }) => [{ action: 'iam:GetPolicy', resource: PolicyArn }],
  handle: ({ PolicyArn }, { store }) => ({
    Policy: policyShape(store.getPolicy(PolicyArn), attachmentCount(store, PolicyArn)),
  }),
});
