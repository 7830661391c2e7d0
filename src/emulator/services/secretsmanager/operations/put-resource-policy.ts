import { AwsError } from '../../../errors/aws-error.js';
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
    try {
      const identity = ctx.emulator.identity;
      const compiled = identity.compiledAs(
        identity.document(`secretsmanager:${secret.arn}`, input.ResourcePolicy, 'resource'),
        'resource',
      );
      secret.policy = { text: input.ResourcePolicy, compiled };
    } catch (error) {
      if (error instanceof AwsError)
        throw secretsErrors.malformedPolicy(
          `This resource policy contains a syntax error. ${error.message}`,
        );
      throw error;
    }
    return { ARN: secret.arn, Name: secret.name };
  },
});
