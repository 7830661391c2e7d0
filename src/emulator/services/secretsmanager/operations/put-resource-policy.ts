import { defineOperation } from '../../service-types.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import { secretsErrors } from '../secrets-errors.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  SecretId: string;
  ResourcePolicy: string;
  BlockPublicPolicy?: boolean;
}

/**
 * secretsmanager:PutResourcePolicy: the policy is compiled as a resource policy and takes part
 * in authorizing every later call on the secret (ServiceDefinition.resourcePolicies).
 */
export const putResourcePolicy = defineOperation<SecretsStore, Input, object>({
  name: 'PutResourcePolicy',
  authorize: (input, ctx) => [
    secretCheck('secretsmanager:PutResourcePolicy', input.SecretId, ctx, {
      ...(input.BlockPublicPolicy !== undefined && {
        'secretsmanager:BlockPublicPolicy': input.BlockPublicPolicy,
      }),
    }),
  ],
  handle(input, ctx) {
    const secret = getSecret(ctx, input.SecretId);
    // Compiled with the id `secretsmanager/NAME/resource-policy`, which the authorization log shows.
    const result = ctx.emulator.policyEngine.compile(input.ResourcePolicy, {
      id: `secretsmanager/${secret.name}/resource-policy`,
      kind: 'resource',
    });
    if (result.policy === undefined) {
      throw secretsErrors.malformedPolicy(
        `This resource policy contains a syntax error. ${result.errors.join('; ')}`,
      );
    }
    secret.policy = { text: input.ResourcePolicy, compiled: result.policy };
    return { ARN: secret.arn, Name: secret.name };
  },
});
