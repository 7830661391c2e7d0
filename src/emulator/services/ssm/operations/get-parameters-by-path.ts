import { defineOperation } from '../../service-types.js';
import { validatePath } from '../ssm-names.js';
import { page } from '../ssm-paging.js';
import { parametersUnder } from '../ssm-path.js';
import { kmsCheckFor } from '../ssm-secure-string.js';
import { parameterShape } from '../ssm-shapes.js';
import { latest, type SsmStore } from '../ssm-store.js';
import { matchesFilters, type ParameterFilter } from '../ssm-filters.js';

interface Input {
  Path: string;
  Recursive?: boolean;
  ParameterFilters?: ParameterFilter[];
  WithDecryption?: boolean;
  MaxResults?: number;
  NextToken?: string;
}

function selected(input: Input, store: SsmStore) {
  return parametersUnder(store.parameters.values(), input.Path, input.Recursive === true).filter(
    (p) => matchesFilters(p, input.ParameterFilters),
  );
}

// Authorized once, on the path's ARN (`/app` -> parameter/app), never per parameter; reading
// SecureStrings WithDecryption also needs kms:Decrypt on each customer key involved.
export const getParametersByPath = defineOperation<SsmStore, Input, object>({
  name: 'GetParametersByPath',
  authorize: (input, ctx) => {
    const keys = new Map<string, string>();
    if (input.WithDecryption === true) {
      for (const p of selected(input, ctx.store)) {
        const v = latest(p);
        if (v.type === 'SecureString' && v.keyId !== undefined && !keys.has(v.keyId))
          keys.set(v.keyId, ctx.store.arn(ctx.region, p.name));
      }
    }
    return [
      {
        action: 'ssm:GetParametersByPath',
        resource: ctx.store.arn(ctx.region, input.Path),
        // Policies can deny recursive reads below a path (ssm:Recursive "true").
        context: { 'ssm:Recursive': String(input.Recursive === true) },
      },
      ...[...keys].flatMap(([keyId, arn]) => kmsCheckFor('kms:Decrypt', keyId, arn, ctx)),
    ];
  },
  handle: (input, ctx) => {
    validatePath(input.Path);
    const { items, nextToken } = page(
      selected(input, ctx.store),
      input.MaxResults,
      10,
      input.NextToken,
    );
    return {
      Parameters: items.map((p) => parameterShape(p, latest(p), input.WithDecryption, ctx)),
      ...(nextToken !== undefined && { NextToken: nextToken }),
    };
  },
});
