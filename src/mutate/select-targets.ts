import path from 'node:path';
import { InputError } from '../common/errors.js';
import type { IamMutateConfig, TargetConfig } from './config/config-types.js';

/** The targets `--only` names (as written in the config, or paths); empty: all of them. */
export function selectTargets(config: IamMutateConfig, only: readonly string[]): TargetConfig[] {
  if (only.length === 0) return config.targets;
  const wanted = new Set(only.map((p) => path.resolve(config.rootDir, p)));
  const targets = config.targets.filter((t) => wanted.has(t.policyPath));
  const unknown = only.filter(
    (p) => !config.targets.some((t) => t.policyPath === path.resolve(config.rootDir, p)),
  );
  if (unknown.length > 0) {
    throw new InputError(
      `--only names no target of ${path.relative(config.rootDir, config.file)}: ${unknown.join(', ')}`,
    );
  }
  return targets;
}
