import { InputError } from '../common/errors.js';

/**
 * Applies the config's `substitute` map to a policy's text before it is attached. Values may
 * name setup outputs as `${KEY}`; a `${KEY}` with no such output is an error rather than
 * being left in the policy, where it would read as an IAM policy variable.
 * Longer search strings are replaced first so that overlapping keys behave predictably.
 */
export function applySubstitutions(
  text: string,
  substitute: Readonly<Record<string, string>>,
  outputs: Readonly<Record<string, string>>,
  configFile: string,
): string {
  const pairs = Object.entries(substitute)
    .map(([from, to]) => [from, expandOutputs(to, outputs, from, configFile)] as const)
    .sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
  if (pairs.length === 0) return text;
  const pattern = new RegExp(pairs.map(([from]) => escapeRegExp(from)).join('|'), 'g');
  const lookup = new Map(pairs);
  // One pass, so a replacement's own text is never substituted again.
  return text.replace(pattern, (found) => lookup.get(found) as string);
}

function expandOutputs(
  value: string,
  outputs: Readonly<Record<string, string>>,
  key: string,
  configFile: string,
): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const output = outputs[name];
    if (output === undefined) {
      const known = Object.keys(outputs);
      throw new InputError([
        {
          file: configFile,
          key: `substitute.${key}`,
          message: `\${${name}} is not an output of setup (it wrote: ${known.length ? known.join(', ') : 'nothing'})`,
          severity: 'error',
        },
      ]);
    }
    return output;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
