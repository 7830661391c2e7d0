import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { instanceProfileShape, paginate } from '../iam-shapes.js';

export const listInstanceProfiles = defineOperation<
  IdentityStore,
  { PathPrefix?: string; Marker?: string; MaxItems?: number },
  object
>({
  name: 'ListInstanceProfiles',
  authorize: (input, { store }) => [
    {
      action: 'iam:ListInstanceProfiles',
      resource: store.arn('instance-profile', input.PathPrefix ?? '/', ''),
    },
  ],
  handle(input, { store }) {
    const profiles = [...store.instanceProfiles.values()]
      .filter((p) => p.path.startsWith(input.PathPrefix ?? '/'))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, ...more } = paginate(profiles, input.Marker, input.MaxItems);
    return { InstanceProfiles: page.map((p) => instanceProfileShape(p, store)), ...more };
  },
});
