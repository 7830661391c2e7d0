import { latest, type Parameter } from './ssm-store.js';

export interface ParameterFilter {
  Key: string;
  Option?: string;
  Values?: string[];
}

/**
 * ParameterFilters of DescribeParameters / GetParametersByPath: Name, Type, KeyId, Label, Tier,
 * DataType, Path and tag:KEY, with Equals (default), BeginsWith, Contains, Recursive, OneLevel.
 */
export function matchesFilters(
  parameter: Parameter,
  filters: readonly ParameterFilter[] | undefined,
): boolean {
  return (filters ?? []).every((f) => matchesFilter(parameter, f));
}

function matchesFilter(parameter: Parameter, filter: ParameterFilter): boolean {
  const v = latest(parameter);
  const values = filter.Values ?? [];
  const option = filter.Option ?? 'Equals';
  const test = (actual: string | undefined) =>
    actual !== undefined &&
    values.some((want) =>
      option === 'BeginsWith'
        ? actual.startsWith(want)
        : option === 'Contains'
          ? actual.includes(want)
          : actual === want,
    );
  if (filter.Key === 'Path') {
    return values.some((path) => {
      const prefix = path.endsWith('/') ? path : `${path}/`;
      if (!parameter.name.startsWith(prefix)) return false;
      return option === 'Recursive' || !parameter.name.slice(prefix.length).includes('/');
    });
  }
  if (filter.Key.startsWith('tag:')) {
    const tag = parameter.tags.find((t) => t.Key === filter.Key.slice(4));
    return tag !== undefined && (values.length === 0 || test(tag.Value));
  }
  switch (filter.Key) {
    case 'Name': {
      // Name filters compare with or without the leading slash, as SSM does.
      const bare = parameter.name.replace(/^\//, '');
      return values.some((want) => {
        const w = want.replace(/^\//, '');
        return option === 'BeginsWith'
          ? bare.startsWith(w)
          : option === 'Contains'
            ? bare.includes(w)
            : bare === w;
      });
    }
    case 'Type':
      return test(v.type);
    case 'KeyId':
      return test(v.keyId);
    case 'Label':
      return parameter.versions.some((x) => x.labels.some((l) => test(l)));
    case 'Tier':
      return test(v.tier);
    case 'DataType':
      return test(v.dataType);
    default:
      return true;
  }
}
