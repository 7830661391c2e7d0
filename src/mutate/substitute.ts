import { InputError } from '../common/errors.js';
import type { ConfigLocation } from './config/config-types.js';

/** Where a config key is, when the config came from a file (IamMutateConfig.locate). */
export type LocateKey = (keyPath: (string | number)[]) => ConfigLocation;

/**
 * The config's substitutions, recorded both ways once setup's outputs are known: `apply` turns
 * the policy file's text into what is attached, `reverse` turns what the run found back into
 * the policy file's terms. `reverse` is the only way back: run-target.ts maps each target's
 * report through it (src/report/reverse-substitutions.ts), so report.json and every file
 * rendered from it read like the repository.
 */
export interface Substitution {
  apply(text: string): string;
  reverse(text: string): string;
}

/** The identity, for a text that is already what is attached (a suggested policy). */
export const noSubstitution: Substitution = { apply: (text) => text, reverse: (text) => text };

export function substitutionFor(
  substitute: Readonly<Record<string, string>>,
  outputs: Readonly<Record<string, string>>,
  configFile: string,
  locate?: LocateKey,
): Substitution {
  // Checked once here, so a `${KEY}` setup never wrote fails before any target runs.
  substitutionPairs(substitute, outputs, configFile, locate);
  const reverse = reverseSubstitutions(substitute, outputs, configFile);
  return { apply: (text) => applySubstitutions(text, substitute, outputs, configFile), reverse };
}

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
  return replaceAll(text, substitutionPairs(substitute, outputs, configFile));
}

/**
 * The inverse, for showing what the run found in the user's own terms: a suggested resource
 * ARN on the emulator's account and key ids reads back with the production account and the
 * placeholders the policy file uses.
 */
export function reverseSubstitutions(
  substitute: Readonly<Record<string, string>>,
  outputs: Readonly<Record<string, string>>,
  configFile: string,
): (text: string) => string {
  const pairs = substitutionPairs(substitute, outputs, configFile)
    .filter(([, to]) => to !== '')
    .map(([from, to]) => [to, from] as const);
  return (text) => replaceAll(text, pairs);
}

function substitutionPairs(
  substitute: Readonly<Record<string, string>>,
  outputs: Readonly<Record<string, string>>,
  configFile: string,
  locate?: LocateKey,
): (readonly [string, string])[] {
  return Object.entries(substitute).map(
    ([from, to]) => [from, expandOutputs(to, outputs, from, configFile, locate)] as const,
  );
}

function replaceAll(text: string, pairs: readonly (readonly [string, string])[]): string {
  if (pairs.length === 0) return text;
  const sorted = [...pairs].sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
  const pattern = new RegExp(sorted.map(([from]) => escapeRegExp(from)).join('|'), 'g');
  const lookup = new Map(sorted);
  // One pass, so a replacement's own text is never substituted again.
  return text.replace(pattern, (found) => lookup.get(found) as string);
}

function expandOutputs(
  value: string,
  outputs: Readonly<Record<string, string>>,
  key: string,
  configFile: string,
  locate?: LocateKey,
): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const output = outputs[name];
    if (output === undefined) {
      const known = Object.keys(outputs);
      const where = locate?.(['substitute', key]);
      throw new InputError([
        {
          file: where?.file ?? configFile,
          ...(where?.position && { position: where.position }),
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
