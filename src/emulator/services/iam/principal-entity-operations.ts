import { AwsError } from '../../errors/aws-error.js';
import type {
  IamGroup,
  IamRole,
  IamUser,
  IdentityStore,
  Tag,
} from '../../identity/identity-store.js';
import { requestTagContext } from '../common/tag-context.js';
import { defineOperation } from '../service-types.js';
import {
  checkName,
  encodeDocument,
  mergeTags,
  paginate,
  roleArnFor,
  userArnFor,
} from './iam-shapes.js';
import { checkInlinePolicyQuota } from './policy-size-quota.js';

/**
 * Users and roles have the same policy operations (PutRolePolicy / PutUserPolicy, ...). These
 * factories build both; each operation still has its own file naming it.
 */
export type EntityKind = 'role' | 'user' | 'group';

const label = (kind: EntityKind) => (kind === 'role' ? 'Role' : kind === 'user' ? 'User' : 'Group');

function entity(
  store: IdentityStore,
  kind: EntityKind,
  name: string,
): IamRole | IamUser | IamGroup {
  return kind === 'role'
    ? store.getRole(name)
    : kind === 'user'
      ? store.getUser(name)
      : store.getGroup(name);
}

function arnFor(store: IdentityStore, kind: EntityKind, name: string): string {
  if (kind === 'group') return store.groups.get(name)?.arn ?? store.arn('group', '/', name);
  return kind === 'role' ? roleArnFor(store, name) : userArnFor(store, name);
}

function nameOf(kind: EntityKind, input: Record<string, unknown>): string {
  return input[`${label(kind)}Name`] as string;
}

export function putInlinePolicy(kind: EntityKind) {
  return defineOperation<
    IdentityStore,
    Record<string, unknown> & { PolicyName: string; PolicyDocument: string },
    object
  >({
    name: `Put${label(kind)}Policy`,
    authorize: (input, { store }) => [
      { action: `iam:Put${label(kind)}Policy`, resource: arnFor(store, kind, nameOf(kind, input)) },
    ],
    handle(input, { store }) {
      const name = nameOf(kind, input);
      checkName('policyName', input.PolicyName);
      const target = entity(store, kind, name);
      const others = [...target.inline]
        .filter(([policyName]) => policyName !== input.PolicyName)
        .map(([, doc]) => doc.text);
      checkInlinePolicyQuota(kind, name, others, input.PolicyDocument ?? '');
      target.inline.set(
        input.PolicyName,
        store.document(
          `${kind}/${name}/inline/${input.PolicyName}`,
          input.PolicyDocument,
          'identity',
        ),
      );
      return {};
    },
  });
}

export function getInlinePolicy(kind: EntityKind) {
  return defineOperation<IdentityStore, Record<string, unknown> & { PolicyName: string }, object>({
    name: `Get${label(kind)}Policy`,
    authorize: (input, { store }) => [
      { action: `iam:Get${label(kind)}Policy`, resource: arnFor(store, kind, nameOf(kind, input)) },
    ],
    handle(input, { store }) {
      const name = nameOf(kind, input);
      const doc = entity(store, kind, name).inline.get(input.PolicyName);
      if (doc === undefined) {
        throw new AwsError(
          'NoSuchEntity',
          `The ${kind} policy with name ${input.PolicyName} cannot be found.`,
          404,
        );
      }
      return {
        [`${label(kind)}Name`]: name,
        PolicyName: input.PolicyName,
        PolicyDocument: encodeDocument(doc.text),
      };
    },
  });
}

export function deleteInlinePolicy(kind: EntityKind) {
  return defineOperation<IdentityStore, Record<string, unknown> & { PolicyName: string }, object>({
    name: `Delete${label(kind)}Policy`,
    authorize: (input, { store }) => [
      {
        action: `iam:Delete${label(kind)}Policy`,
        resource: arnFor(store, kind, nameOf(kind, input)),
      },
    ],
    handle(input, { store }) {
      const target = entity(store, kind, nameOf(kind, input));
      if (!target.inline.delete(input.PolicyName)) {
        throw new AwsError(
          'NoSuchEntity',
          `The ${kind} policy with name ${input.PolicyName} cannot be found.`,
          404,
        );
      }
      return {};
    },
  });
}

export function listInlinePolicies(kind: EntityKind) {
  return defineOperation<
    IdentityStore,
    Record<string, unknown> & { Marker?: string; MaxItems?: number },
    object
  >({
    name: `List${label(kind)}Policies`,
    authorize: (input, { store }) => [
      {
        action: `iam:List${label(kind)}Policies`,
        resource: arnFor(store, kind, nameOf(kind, input)),
      },
    ],
    handle(input, { store }) {
      const names = [...entity(store, kind, nameOf(kind, input)).inline.keys()].sort();
      const { page, ...more } = paginate(names, input.Marker, input.MaxItems);
      return { PolicyNames: page, ...more };
    },
  });
}

export function attachManagedPolicy(kind: EntityKind) {
  return defineOperation<IdentityStore, Record<string, unknown> & { PolicyArn: string }, object>({
    name: `Attach${label(kind)}Policy`,
    authorize: (input, { store }) => [
      {
        action: `iam:Attach${label(kind)}Policy`,
        resource: arnFor(store, kind, nameOf(kind, input)),
        context: { 'iam:PolicyARN': input.PolicyArn },
      },
    ],
    handle(input, { store }) {
      const target = entity(store, kind, nameOf(kind, input));
      store.getPolicy(input.PolicyArn);
      if (!target.attached.includes(input.PolicyArn)) target.attached.push(input.PolicyArn);
      return {};
    },
  });
}

export function detachManagedPolicy(kind: EntityKind) {
  return defineOperation<IdentityStore, Record<string, unknown> & { PolicyArn: string }, object>({
    name: `Detach${label(kind)}Policy`,
    authorize: (input, { store }) => [
      {
        action: `iam:Detach${label(kind)}Policy`,
        resource: arnFor(store, kind, nameOf(kind, input)),
        context: { 'iam:PolicyARN': input.PolicyArn },
      },
    ],
    handle(input, { store }) {
      const target = entity(store, kind, nameOf(kind, input));
      const index = target.attached.indexOf(input.PolicyArn);
      if (index === -1)
        throw new AwsError('NoSuchEntity', `Policy ${input.PolicyArn} was not found.`, 404);
      target.attached.splice(index, 1);
      return {};
    },
  });
}

export function listAttachedPolicies(kind: EntityKind) {
  return defineOperation<
    IdentityStore,
    Record<string, unknown> & { Marker?: string; MaxItems?: number; PathPrefix?: string },
    object
  >({
    name: `ListAttached${label(kind)}Policies`,
    authorize: (input, { store }) => [
      {
        action: `iam:ListAttached${label(kind)}Policies`,
        resource: arnFor(store, kind, nameOf(kind, input)),
      },
    ],
    handle(input, { store }) {
      const attached = entity(store, kind, nameOf(kind, input))
        .attached.map((arn) => store.policies.get(arn))
        .filter((p) => p !== undefined && p.path.startsWith(input.PathPrefix ?? '/'))
        .map((p) => ({ PolicyName: p!.name, PolicyArn: p!.arn }));
      const { page, ...more } = paginate(attached, input.Marker, input.MaxItems);
      return { AttachedPolicies: page, ...more };
    },
  });
}

export function putPermissionsBoundary(kind: EntityKind) {
  return defineOperation<
    IdentityStore,
    Record<string, unknown> & { PermissionsBoundary: string },
    object
  >({
    name: `Put${label(kind)}PermissionsBoundary`,
    authorize: (input, { store }) => [
      {
        action: `iam:Put${label(kind)}PermissionsBoundary`,
        resource: arnFor(store, kind, nameOf(kind, input)),
        context: { 'iam:PermissionsBoundary': input.PermissionsBoundary },
      },
    ],
    handle(input, { store }) {
      const target = entity(store, kind, nameOf(kind, input));
      store.getPolicy(input.PermissionsBoundary);
      target.permissionsBoundaryArn = input.PermissionsBoundary;
      return {};
    },
  });
}

export function deletePermissionsBoundary(kind: EntityKind) {
  return defineOperation<IdentityStore, Record<string, unknown>, object>({
    name: `Delete${label(kind)}PermissionsBoundary`,
    authorize: (input, { store }) => [
      {
        action: `iam:Delete${label(kind)}PermissionsBoundary`,
        resource: arnFor(store, kind, nameOf(kind, input)),
      },
    ],
    handle(input, { store }) {
      delete entity(store, kind, nameOf(kind, input)).permissionsBoundaryArn;
      return {};
    },
  });
}

export function tagEntity(kind: EntityKind) {
  return defineOperation<IdentityStore, Record<string, unknown> & { Tags: Tag[] }, object>({
    name: `Tag${label(kind)}`,
    authorize: (input, { store }) => [
      {
        action: `iam:Tag${label(kind)}`,
        resource: arnFor(store, kind, nameOf(kind, input)),
        context: requestTagContext(input.Tags),
      },
    ],
    handle(input, { store }) {
      const target = entity(store, kind, nameOf(kind, input));
      target.tags = mergeTags(target.tags, input.Tags);
      return {};
    },
  });
}

export function untagEntity(kind: EntityKind) {
  return defineOperation<IdentityStore, Record<string, unknown> & { TagKeys: string[] }, object>({
    name: `Untag${label(kind)}`,
    authorize: (input, { store }) => [
      {
        action: `iam:Untag${label(kind)}`,
        resource: arnFor(store, kind, nameOf(kind, input)),
        context: { 'aws:TagKeys': input.TagKeys },
      },
    ],
    handle(input, { store }) {
      const target = entity(store, kind, nameOf(kind, input));
      target.tags = target.tags.filter((t) => !input.TagKeys.includes(t.Key));
      return {};
    },
  });
}

export function listEntityTags(kind: EntityKind) {
  return defineOperation<
    IdentityStore,
    Record<string, unknown> & { Marker?: string; MaxItems?: number },
    object
  >({
    name: `List${label(kind)}Tags`,
    authorize: (input, { store }) => [
      { action: `iam:List${label(kind)}Tags`, resource: arnFor(store, kind, nameOf(kind, input)) },
    ],
    handle(input, { store }) {
      const { page, ...more } = paginate(
        entity(store, kind, nameOf(kind, input)).tags,
        input.Marker,
        input.MaxItems,
      );
      return { Tags: page, ...more };
    },
  });
}
