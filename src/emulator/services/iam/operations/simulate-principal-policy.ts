import { AwsError } from '../../../errors/aws-error.js';
import type {
  IamRole,
  IamUser,
  IdentityStore,
  StoredDocument,
} from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { simulate, type ContextEntry, type SimulatedPolicy } from '../simulate.js';

interface Input {
  PolicySourceArn: string;
  PolicyInputList?: string[];
  PermissionsBoundaryPolicyInputList?: string[];
  ActionNames: string[];
  ResourceArns?: string[];
  ResourcePolicy?: string;
  CallerArn?: string;
  ContextEntries?: ContextEntry[];
}

/**
 * iam:SimulatePrincipalPolicy on the user or role: its inline and attached policies (and
 * boundary), plus any extra documents given, evaluated by the same engine that enforces calls.
 */
export const simulatePrincipalPolicy = defineOperation<IdentityStore, Input, object>({
  name: 'SimulatePrincipalPolicy',
  authorize: ({ PolicySourceArn }) => [
    { action: 'iam:SimulatePrincipalPolicy', resource: PolicySourceArn },
  ],
  handle(input, { store, emulator }) {
    const m = /^arn:aws:iam::\d{12}:(user|role)\/(?:.*\/)?([^/]+)$/.exec(input.PolicySourceArn);
    const kind = m?.[1] as 'user' | 'role' | undefined;
    const entity: IamUser | IamRole | undefined =
      kind === 'user'
        ? store.users.get(m![2]!)
        : kind === 'role'
          ? store.roles.get(m![2]!)
          : undefined;
    if (entity === undefined || entity.arn !== input.PolicySourceArn) {
      throw new AwsError(
        'NoSuchEntity',
        `${input.PolicySourceArn} does not exist or is not a user or role.`,
        404,
      );
    }
    const policies: SimulatedPolicy[] = [];
    for (const [name, doc] of entity.inline) {
      policies.push({
        compiled: store.compiledAs(doc, 'identity'),
        sourceId: name,
        sourceType: kind!,
        role: 'identity',
      });
    }
    for (const arn of entity.attached) {
      const policy = store.policies.get(arn);
      if (policy === undefined) continue;
      policies.push({
        compiled: store.compiledAs(store.defaultVersion(policy).document, 'identity'),
        sourceId: policy.name,
        sourceType: arn.startsWith('arn:aws:iam::aws:') ? 'aws-managed' : 'user-managed',
        role: 'identity',
      });
    }
    if (
      entity.permissionsBoundaryArn !== undefined &&
      input.PermissionsBoundaryPolicyInputList === undefined
    ) {
      const boundary = store.policies.get(entity.permissionsBoundaryArn);
      if (boundary !== undefined) {
        policies.push({
          compiled: store.compiledAs(
            store.defaultVersion(boundary).document,
            'permissions-boundary',
          ),
          sourceId: boundary.name,
          sourceType: 'user-managed',
          role: 'boundary',
        });
      }
    }
    const extra = (
      id: string,
      text: string,
      kind: 'identity' | 'permissions-boundary' | 'resource',
    ): StoredDocument => store.document(id, text, kind);
    (input.PolicyInputList ?? []).forEach((text, i) => {
      const id = `PolicyInputList.${i + 1}`;
      policies.push({
        compiled: store.compiledAs(extra(id, text, 'identity'), 'identity'),
        sourceId: id,
        sourceType: 'none',
        role: 'identity',
      });
    });
    (input.PermissionsBoundaryPolicyInputList ?? []).slice(0, 1).forEach((text, i) => {
      const id = `PermissionsBoundaryPolicyInputList.${i + 1}`;
      policies.push({
        compiled: store.compiledAs(extra(id, text, 'permissions-boundary'), 'permissions-boundary'),
        sourceId: id,
        sourceType: 'none',
        role: 'boundary',
      });
    });
    if (input.ResourcePolicy !== undefined) {
      policies.push({
        compiled: store.compiledAs(
          extra('ResourcePolicy', input.ResourcePolicy, 'resource'),
          'resource',
        ),
        sourceId: 'ResourcePolicy',
        sourceType: 'resource',
        role: 'resource',
      });
    }
    return simulate(emulator, {
      callerArn: input.CallerArn ?? entity.arn,
      policies,
      actionNames: input.ActionNames,
      ...(input.ResourceArns !== undefined && { resourceArns: input.ResourceArns }),
      ...(input.ContextEntries !== undefined && { contextEntries: input.ContextEntries }),
    });
  },
});
