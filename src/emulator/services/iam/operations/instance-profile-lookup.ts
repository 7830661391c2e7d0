import { AwsError } from '../../../errors/aws-error.js';
import type { IdentityStore, InstanceProfile } from '../../../identity/identity-store.js';

export function getInstanceProfile(store: IdentityStore, name: string): InstanceProfile {
  const profile = store.instanceProfiles.get(name);
  if (profile === undefined)
    throw new AwsError('NoSuchEntity', `Instance Profile ${name} cannot be found.`, 404);
  return profile;
}
