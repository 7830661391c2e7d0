import { defineOperation } from '../../service-types.js';
import { parameterChecks } from '../ssm-authz.js';
import { ssmErrors } from '../ssm-errors.js';
import type { SsmStore } from '../ssm-store.js';

export const unlabelParameterVersion = defineOperation<
  SsmStore,
  { Name: string; ParameterVersion: number; Labels: string[] },
  object
>({
  name: 'UnlabelParameterVersion',
  authorize: ({ Name }, ctx) => parameterChecks('ssm:UnlabelParameterVersion', Name, ctx),
  handle: ({ Name, ParameterVersion, Labels }, { store }) => {
    const parameter = store.parameters.get(store.select(Name).name);
    if (parameter === undefined) throw ssmErrors.parameterNotFound();
    const target = parameter.versions.find((v) => v.version === ParameterVersion);
    if (target === undefined)
      throw ssmErrors.versionNotFound(parameter.name, String(ParameterVersion));
    const removed = Labels.filter((l) => target.labels.includes(l));
    target.labels = target.labels.filter((l) => !Labels.includes(l));
    return { RemovedLabels: removed, InvalidLabels: Labels.filter((l) => !removed.includes(l)) };
  },
});
