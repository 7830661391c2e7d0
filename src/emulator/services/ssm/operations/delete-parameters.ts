import { defineOperation } from '../../service-types.js';
import { parameterChecks } from '../ssm-authz.js';
import { ssmErrors } from '../ssm-errors.js';
import type { SsmStore } from '../ssm-store.js';

// IAM action ssm:DeleteParameters, checked on every named parameter.
export const deleteParameters = defineOperation<SsmStore, { Names: string[] }, object>({
  name: 'DeleteParameters',
  authorize: ({ Names }, ctx) =>
    Names.flatMap((name) => parameterChecks('ssm:DeleteParameters', name, ctx)),
  handle: ({ Names }, { store }) => {
    if (Names.length > 10) throw ssmErrors.tooManyNames(Names);
    const deleted: string[] = [];
    const invalid: string[] = [];
    for (const name of Names)
      (store.parameters.delete(store.select(name).name) ? deleted : invalid).push(name);
    return { DeletedParameters: deleted, InvalidParameters: invalid };
  },
});
