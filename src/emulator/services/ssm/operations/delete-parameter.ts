import { defineOperation } from '../../service-types.js';
import { parameterChecks } from '../ssm-authz.js';
import { ssmErrors } from '../ssm-errors.js';
import type { SsmStore } from '../ssm-store.js';

export const deleteParameter = defineOperation<SsmStore, { Name: string }, object>({
  name: 'DeleteParameter',
  authorize: ({ Name }, ctx) => parameterChecks('ssm:DeleteParameter', Name, ctx),
  handle: ({ Name }, { store }) => {
    if (!store.parameters.delete(store.select(Name).name)) throw ssmErrors.parameterNotFound();
    return {};
  },
});
