import { defineOperation } from '../../service-types.js';
import type { SsmStore } from '../ssm-store.js';
import { tagCheck, taggedParameter } from '../ssm-tags.js';

export const listTagsForResource = defineOperation<
  SsmStore,
  { ResourceType: string; ResourceId: string },
  object
>({
  name: 'ListTagsForResource',
  authorize: ({ ResourceType, ResourceId }, ctx) => [
    tagCheck('ssm:ListTagsForResource', ResourceType, ResourceId, ctx),
  ],
  handle: ({ ResourceType, ResourceId }, { store }) => ({
    TagList: taggedParameter(ResourceType, ResourceId, store).tags,
  }),
});
