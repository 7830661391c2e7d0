import { isAwsError } from '../../../errors/aws-error.js';
import { defineOperation } from '../../service-types.js';
import { parameterChecks } from '../ssm-authz.js';
import { ssmErrors } from '../ssm-errors.js';
import { parameterShape } from '../ssm-shapes.js';
import type { SsmStore } from '../ssm-store.js';

// AWS authorizes ssm:GetParameters on every named parameter; one denial fails the whole call.
// Names that do not resolve come back in InvalidParameters, not as an error.
export const getParameters = defineOperation<
  SsmStore,
  { Names: string[]; WithDecryption?: boolean },
  object
>({
  name: 'GetParameters',
  authorize: ({ Names, WithDecryption }, ctx) =>
    Names.flatMap((name) =>
      parameterChecks('ssm:GetParameters', name, ctx, {
        decrypt: WithDecryption === true,
        missingAsWildcard: true,
      }),
    ),
  handle: ({ Names, WithDecryption }, ctx) => {
    if (Names.length > 10) throw ssmErrors.tooManyNames(Names);
    const parameters: Record<string, unknown>[] = [];
    const invalid: string[] = [];
    for (const name of new Set(Names)) {
      try {
        const { parameter, version, selector } = ctx.store.resolve(name);
        parameters.push(parameterShape(parameter, version, WithDecryption, ctx, selector));
      } catch (error) {
        if (
          !isAwsError(error) ||
          (error.code !== 'ParameterNotFound' && error.code !== 'ParameterVersionNotFound')
        )
          throw error;
        invalid.push(name);
      }
    }
    return { Parameters: parameters, InvalidParameters: invalid };
  },
});
