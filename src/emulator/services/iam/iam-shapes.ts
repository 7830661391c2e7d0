import { AwsError } from '../../errors/aws-error.js';
import type {
  IamRole,
  IamUser,
  IdentityStore,
  InstanceProfile,
  ManagedPolicy,
  Tag,
} from '../../identity/identity-store.js';

/** IAM returns policy documents URL-encoded (RFC 3986); botocore and the CLI decode them. */
export function encodeDocument(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** ListRoles leaves tags out (AWS: "tags are not returned"); GetRole adds RoleLastUsed. */
export function roleShape(
  role: IamRole,
  store: IdentityStore,
  view: 'get' | 'list' | 'create' = 'create',
): Record<string, unknown> {
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: role.arn,
    CreateDate: role.createDate,
    AssumeRolePolicyDocument: encodeDocument(role.trust.text),
    ...(role.description !== undefined && { Description: role.description }),
    MaxSessionDuration: role.maxSessionDuration,
    ...boundaryShape(role, store),
    ...(view !== 'list' && role.tags.length > 0 && { Tags: role.tags }),
    ...(view === 'get' && { RoleLastUsed: {} }),
  };
}

export function userShape(user: IamUser, store: IdentityStore): Record<string, unknown> {
  return {
    Path: user.path,
    UserName: user.name,
    UserId: user.id,
    Arn: user.arn,
    CreateDate: user.createDate,
    ...boundaryShape(user, store),
    ...(user.tags.length > 0 && { Tags: user.tags }),
  };
}

function boundaryShape(entity: IamUser | IamRole, _store: IdentityStore): Record<string, unknown> {
  return entity.permissionsBoundaryArn === undefined
    ? {}
    : {
        PermissionsBoundary: {
          PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
          PermissionsBoundaryArn: entity.permissionsBoundaryArn,
        },
      };
}

export function policyShape(
  policy: ManagedPolicy,
  attachmentCount: number,
): Record<string, unknown> {
  return {
    PolicyName: policy.name,
    PolicyId: policy.id,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: attachmentCount,
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    ...(policy.description !== undefined && { Description: policy.description }),
    CreateDate: policy.createDate,
    UpdateDate: policy.updateDate,
    ...(policy.tags.length > 0 && { Tags: policy.tags }),
  };
}

export function instanceProfileShape(
  profile: InstanceProfile,
  store: IdentityStore,
): Record<string, unknown> {
  return {
    Path: profile.path,
    InstanceProfileName: profile.name,
    InstanceProfileId: profile.id,
    Arn: profile.arn,
    CreateDate: profile.createDate,
    Roles: profile.roles.flatMap((name) => {
      const role = store.roles.get(name);
      return role === undefined ? [] : [roleShape(role, store)];
    }),
    Tags: profile.tags,
  };
}

export function attachmentCount(store: IdentityStore, arn: string): number {
  let count = 0;
  for (const e of [...store.users.values(), ...store.roles.values()])
    if (e.attached.includes(arn)) count++;
  return count;
}

/** IAM's Marker/MaxItems pagination; the marker is the index of the next item. */
export function paginate<T>(
  items: readonly T[],
  marker: string | undefined,
  maxItems: number | undefined,
): {
  page: T[];
  IsTruncated: boolean;
  Marker?: string;
} {
  const start = marker === undefined ? 0 : Number(marker);
  if (!Number.isInteger(start) || start < 0)
    throw new AwsError('ValidationError', 'Invalid Marker', 400);
  const size = maxItems ?? 100;
  const page = items.slice(start, start + size);
  const truncated = start + size < items.length;
  return { page, IsTruncated: truncated, ...(truncated && { Marker: String(start + size) }) };
}

/** A path must begin and end with `/`. */
export function checkPath(path: string | undefined): string {
  const p = path ?? '/';
  if (!/^\/(.*\/)?$/.test(p)) {
    throw new AwsError(
      'ValidationError',
      `The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.`,
      400,
    );
  }
  return p;
}

export function checkName(kind: string, name: string): void {
  if (!/^[\w+=,.@-]{1,128}$/.test(name)) {
    throw new AwsError(
      'ValidationError',
      `The specified value for ${kind} is invalid. It must contain only alphanumeric characters and/or the following: +=,.@_-`,
      400,
    );
  }
}

export function mergeTags(existing: Tag[], added: readonly Tag[] | undefined): Tag[] {
  const byKey = new Map(existing.map((t) => [t.Key, t]));
  for (const t of added ?? []) byKey.set(t.Key, { Key: t.Key, Value: t.Value ?? '' });
  if (byKey.size > 50)
    throw new AwsError('LimitExceeded', 'Cannot exceed quota for TagsPerResource: 50', 409);
  return [...byKey.values()];
}

/** ARN of a named entity for authorization: the real one (with its path) when it exists. */
export function roleArnFor(store: IdentityStore, name: string): string {
  return store.roles.get(name)?.arn ?? store.arn('role', '/', name);
}
export function userArnFor(store: IdentityStore, name: string): string {
  return store.users.get(name)?.arn ?? store.arn('user', '/', name);
}
export function instanceProfileArnFor(store: IdentityStore, name: string): string {
  return store.instanceProfiles.get(name)?.arn ?? store.arn('instance-profile', '/', name);
}

export { entityExists as entityExistsError, noSuchEntity } from '../../identity/identity-store.js';
