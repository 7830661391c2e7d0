import { defineOperation } from '../../service-types.js';
import { parameterChecks } from '../ssm-authz.js';
import { ssmErrors } from '../ssm-errors.js';
import { latest, type SsmStore } from '../ssm-store.js';

const VALID_LABEL = /^(?!aws|ssm|\d)[a-zA-Z0-9_.-]{1,100}$/i;

// A label names one version at a time: labelling another version moves it there.
export const labelParameterVersion = defineOperation<
  SsmStore,
  { Name: string; ParameterVersion?: number; Labels: string[] },
  object
>({
  name: 'LabelParameterVersion',
  authorize: ({ Name }, ctx) => parameterChecks('ssm:LabelParameterVersion', Name, ctx),
  handle: ({ Name, ParameterVersion, Labels }, { store }) => {
    const parameter = store.parameters.get(store.select(Name).name);
    if (parameter === undefined) throw ssmErrors.parameterNotFound();
    const versionNumber = ParameterVersion ?? latest(parameter).version;
    const target = parameter.versions.find((v) => v.version === versionNumber);
    if (target === undefined)
      throw ssmErrors.versionNotFound(parameter.name, String(versionNumber));
    const invalid = Labels.filter((l) => !VALID_LABEL.test(l));
    for (const label of Labels.filter((l) => VALID_LABEL.test(l))) {
      for (const v of parameter.versions) v.labels = v.labels.filter((l) => l !== label);
      target.labels.push(label);
    }
    return { InvalidLabels: invalid, ParameterVersion: versionNumber };
  },
});
