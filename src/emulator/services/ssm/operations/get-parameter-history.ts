import { defineOperation } from '../../service-types.js';
import { parameterChecks } from '../ssm-authz.js';
import { ssmErrors } from '../ssm-errors.js';
import { page } from '../ssm-paging.js';
import { parameterValue } from '../ssm-secure-string.js';
import type { SsmStore } from '../ssm-store.js';

interface Input {
  Name: string;
  WithDecryption?: boolean;
  MaxResults?: number;
  NextToken?: string;
}

export const getParameterHistory = defineOperation<SsmStore, Input, object>({
  name: 'GetParameterHistory',
  authorize: ({ Name, WithDecryption }, ctx) =>
    parameterChecks('ssm:GetParameterHistory', Name, ctx, {
      decrypt: WithDecryption === true,
      missingAsWildcard: true,
    }),
  handle: (input, ctx) => {
    const parameter = ctx.store.parameters.get(ctx.store.select(input.Name).name);
    if (parameter === undefined) throw ssmErrors.parameterNotFound();
    const arn = ctx.store.arn(ctx.region, parameter.name);
    const { items, nextToken } = page(parameter.versions, input.MaxResults, 50, input.NextToken);
    return {
      Parameters: items.map((v) => ({
        Name: parameter.name,
        Type: v.type,
        ...(v.keyId !== undefined && { KeyId: v.keyId }),
        LastModifiedDate: v.lastModifiedDate,
        LastModifiedUser: v.lastModifiedUser,
        ...(v.description !== undefined && { Description: v.description }),
        Value: parameterValue(v, arn, input.WithDecryption, ctx),
        ...(v.allowedPattern !== undefined && { AllowedPattern: v.allowedPattern }),
        Version: v.version,
        Labels: v.labels,
        Tier: v.tier,
        Policies: [],
        DataType: v.dataType,
      })),
      ...(nextToken !== undefined && { NextToken: nextToken }),
    };
  },
});
