import type { IdentityStore } from '../../../identity/identity-store.js';
import { defineOperation } from '../../service-types.js';
import { simulate, type ContextEntry, type SimulatedPolicy } from '../simulate.js';

interface Input {
  PolicyInputList: string[];
  PermissionsBoundaryPolicyInputList?: string[];
  ActionNames: string[];
  ResourceArns?: string[];
  ResourcePolicy?: string;
  CallerArn?: string;
  ContextEntries?: ContextEntry[];
}

/** iam:SimulateCustomPolicy (resource `*`): evaluates the given documents only. */
export const simulateCustomPolicy = defineOperation<IdentityStore, Input, object>({
  name: 'SimulateCustomPolicy',
  authorize: () => [{ action: 'iam:SimulateCustomPolicy', resource: '*' }],
  handle(input, { store, emulator, principal }) {
    const policies: SimulatedPolicy[] = [
      ...input.PolicyInputList.map((text, i): SimulatedPolicy => ({
        compiled: store.compiledAs(
          store.document(`PolicyInputList.${i + 1}`, text, 'identity'),
          'identity',
        ),
        sourceId: `PolicyInputList.${i + 1}`,
        sourceType: 'none',
        role: 'identity',
      })),
      ...(input.PermissionsBoundaryPolicyInputList ?? [])
        .slice(0, 1)
        .map((text, i): SimulatedPolicy => ({
          compiled: store.compiledAs(
            store.document(
              `PermissionsBoundaryPolicyInputList.${i + 1}`,
              text,
              'permissions-boundary',
            ),
            'permissions-boundary',
          ),
          sourceId: `PermissionsBoundaryPolicyInputList.${i + 1}`,
          sourceType: 'none',
          role: 'boundary',
        })),
      ...(input.ResourcePolicy === undefined
        ? []
        : [
            {
              compiled: store.compiledAs(
                store.document('ResourcePolicy', input.ResourcePolicy, 'resource'),
                'resource',
              ),
              sourceId: 'ResourcePolicy',
              sourceType: 'resource',
              role: 'resource',
            } satisfies SimulatedPolicy,
          ]),
    ];
    return simulate(emulator, {
      callerArn: input.CallerArn ?? principal.arn,
      policies,
      actionNames: input.ActionNames,
      ...(input.ResourceArns !== undefined && { resourceArns: input.ResourceArns }),
      ...(input.ContextEntries !== undefined && { contextEntries: input.ContextEntries }),
    });
  },
});
