import { defineOperation } from '../../service-types.js';
import { parameterChecks } from '../ssm-authz.js';
import { parameterShape } from '../ssm-shapes.js';
import type { SsmStore } from '../ssm-store.js';

export const getParameter = defineOperation<
  SsmStore,
  { Name: string; WithDecryption?: boolean },
  object
>({
  name: 'GetParameter',
  authorize: ({ Name, WithDecryption }, ctx) =>
    parameterChecks('ssm:GetParameter', Name, ctx, {
      decrypt: WithDecryption === true,
      missingAsWildcard: true,
    }),
  handle: ({ Name, WithDecryption }, ctx) => {
    const { parameter, version, selector } = ctx.store.resolve(Name);
    return { Parameter: parameterShape(parameter, version, WithDecryption, ctx, selector) };
  },
});
