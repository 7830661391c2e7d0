import type { IamGroup, IdentityStore } from '../../identity/identity-store.js';

export function groupShape(group: IamGroup): Record<string, unknown> {
  return {
    Path: group.path,
    GroupName: group.name,
    GroupId: group.id,
    Arn: group.arn,
    CreateDate: group.createDate,
  };
}

export function groupArnFor(store: IdentityStore, name: string): string {
  return store.groups.get(name)?.arn ?? store.arn('group', '/', name);
}
