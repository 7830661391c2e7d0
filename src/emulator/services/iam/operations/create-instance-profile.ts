import type { IdentityStore, Tag } from '../../../identity/identity-store.js';
import { iamId } from '../../../identity/ids.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import {
  checkName,
  checkPath,
  entityExistsError,
  instanceProfileShape,
  mergeTags,
} from '../iam-shapes.js';

export const createInstanceProfile = defineOperation<
  IdentityStore,
  { InstanceProfileName: string; Path?: string; Tags?: Tag[] },
  object
>({
  name: 'CreateInstanceProfile',
  authorize: (input, { store }) => [
    {
      action: 'iam:CreateInstanceProfile',
      resource: store.arn('instance-profile', checkPath(input.Path), input.InstanceProfileName),
      context: requestTagContext(input.Tags),
    },
  ],
  handle(input, { store, now }) {
    checkName('instanceProfileName', input.InstanceProfileName);
    if (store.instanceProfiles.has(input.InstanceProfileName)) {
      throw entityExistsError(`Instance Profile ${input.InstanceProfileName} already exists.`);
    }
    const path = checkPath(input.Path);
    const profile = {
      name: input.InstanceProfileName,
      id: iamId('AIPA'),
      arn: store.arn('instance-profile', path, input.InstanceProfileName),
      path,
      createDate: now,
      roles: [],
      tags: mergeTags([], input.Tags),
    };
    store.instanceProfiles.set(profile.name, profile);
    return { InstanceProfile: instanceProfileShape(profile, store) };
  },
});
