import type { Tag } from '../../../identity/identity-store.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import type { SsmStore } from '../ssm-store.js';
import { tagCheck, taggedParameter } from '../ssm-tags.js';

export const addTagsToResource = defineOperation<
  SsmStore,
  { ResourceType: string; ResourceId: string; Tags: Tag[] },
  object
>({
  name: 'AddTagsToResource',
  authorize: ({ ResourceType, ResourceId, Tags }, ctx) => {
    const check = tagCheck('ssm:AddTagsToResource', ResourceType, ResourceId, ctx);
    return [{ ...check, context: { ...check.context, ...requestTagContext(Tags) } }];
  },
  handle: ({ ResourceType, ResourceId, Tags }, { store }) => {
    const parameter = taggedParameter(ResourceType, ResourceId, store);
    for (const tag of Tags) {
      parameter.tags = parameter.tags.filter((t) => t.Key !== tag.Key);
      parameter.tags.push(tag);
    }
    return {};
  },
});
