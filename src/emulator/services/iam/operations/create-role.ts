import type { IdentityStore, Tag } from '../../../identity/identity-store.js';
import { iamId } from '../../../identity/ids.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { checkName, checkPath, entityExistsError, mergeTags, roleShape } from '../iam-shapes.js';

interface Input {
  RoleName: string;
  Path?: string;
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration?: number;
  PermissionsBoundary?: string;
  Tags?: Tag[];
}

/** iam:CreateRole on the new role's ARN; the trust policy is validated as a resource policy. */
export const createRole = defineOperation<IdentityStore, Input, object>({
  name: 'CreateRole',
  authorize: (input, { store }) => [
    {
      action: 'iam:CreateRole',
      resource: store.arn('role', checkPath(input.Path), input.RoleName),
      context: {
        ...requestTagContext(input.Tags),
        ...(input.PermissionsBoundary !== undefined && {
          'iam:PermissionsBoundary': input.PermissionsBoundary,
        }),
      },
    },
  ],
  handle(input, { store, now }) {
    checkName('roleName', input.RoleName);
    if (store.roles.has(input.RoleName))
      throw entityExistsError(`Role with name ${input.RoleName} already exists.`);
    const path = checkPath(input.Path);
    const arn = store.arn('role', path, input.RoleName);
    if (input.PermissionsBoundary !== undefined) store.getPolicy(input.PermissionsBoundary);
    const role = {
      name: input.RoleName,
      id: iamId('AROA'),
      arn,
      path,
      createDate: now,
      trust: store.document(
        `role/${input.RoleName}/trust`,
        input.AssumeRolePolicyDocument,
        'resource',
      ),
      ...(input.Description !== undefined && { description: input.Description }),
      maxSessionDuration: input.MaxSessionDuration ?? 3600,
      inline: new Map(),
      attached: [],
      ...(input.PermissionsBoundary !== undefined && {
        permissionsBoundaryArn: input.PermissionsBoundary,
      }),
      tags: mergeTags([], input.Tags),
    };
    store.roles.set(role.name, role);
    return { Role: roleShape(role, store) };
  },
});
