import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { groupShape } from '../group-shapes.js';
import { paginate } from '../iam-shapes.js';

export const listGroups = defineOperation<
  IdentityStore,
  { PathPrefix?: string; Marker?: string; MaxItems?: number },
  object
>({
  name: 'ListGroups',
  authorize: (input, { store }) => [
    { action: 'iam:ListGroups', resource: store.arn('group', input.PathPrefix ?? '/', '') },
  ],
  handle(input, { store }) {
    const groups = [...store.groups.values()]
      .filter((g) => g.path.startsWith(input.PathPrefix ?? '/'))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, ...more } = paginate(groups, input.Marker, input.MaxItems);
    return { Groups: page.map(groupShape), ...more };
  },
});
