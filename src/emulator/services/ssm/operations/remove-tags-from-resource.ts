import { defineOperation } from '../../service-types.js';
import type { SsmStore } from '../ssm-store.js';
import { tagCheck, taggedParameter } from '../ssm-tags.js';

export const removeTagsFromResource = defineOperation<
  SsmStore,
  { ResourceType: string; ResourceId: string; TagKeys: string[] },
  object
>({
  name: 'RemoveTagsFromResource',
  authorize: ({ ResourceType, ResourceId, TagKeys }, ctx) => {
    const check = tagCheck('ssm:RemoveTagsFromResource', ResourceType, ResourceId, ctx);
    return [{ ...check, context: { ...check.context, 'aws:TagKeys': TagKeys } }];
  },
  handle: ({ ResourceType, ResourceId, TagKeys }, { store }) => {
    const parameter = taggedParameter(ResourceType, ResourceId, store);
    parameter.tags = parameter.tags.filter((t) => !TagKeys.includes(t.Key));
    return {};
  },
});
