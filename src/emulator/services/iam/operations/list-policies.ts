import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { attachmentCount, paginate, policyShape } from '../iam-shapes.js';

interface Input {
  Scope?: 'All' | 'AWS' | 'Local';
  OnlyAttached?: boolean;
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

export const listPolicies = defineOperation<IdentityStore, Input, object>({
  name: 'ListPolicies',
  authorize: (input, { store }) => [
    { action: 'iam:ListPolicies', resource: store.arn('policy', input.PathPrefix ?? '/', '') },
  ],
  handle(input, { store }) {
    const scope = input.Scope ?? 'All';
    const policies = [...store.policies.values()]
      .filter((p) => scope === 'All' || (scope === 'AWS') === p.arn.startsWith('arn:aws:iam::aws:'))
      .filter((p) => p.path.startsWith(input.PathPrefix ?? '/'))
      .map((p) => ({ p, count: attachmentCount(store, p.arn) }))
      .filter(({ count }) => !input.OnlyAttached || count > 0)
      .sort((a, b) => a.p.name.localeCompare(b.p.name));
    const { page, ...more } = paginate(policies, input.Marker, input.MaxItems);
    return { Policies: page.map(({ p, count }) => policyShape(p, count)), ...more };
  },
});
