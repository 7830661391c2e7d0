import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../common/errors.js';
import type { IamMutateConfig } from '../mutate/config/config-types.js';
import { parseConfig } from '../mutate/config/load-config.js';

/**
 * Reads and validates the config file as the user named it, relative to `cwd` (the CLI's
 * working directory, the action's GITHUB_WORKSPACE), which is also the root that policy
 * paths in the config are relative to.
 */
export function loadConfigFile(configPath: string, cwd: string): IamMutateConfig {
  const absolute = path.resolve(cwd, configPath);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : 'unreadable';
    throw new InputError([
      { file: configPath, message: `config file ${reason}`, severity: 'error' },
    ]);
  }
  return parseConfig(text, { file: configPath, rootDir: cwd, fileExists: existsSync });
}
