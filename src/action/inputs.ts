import * as core from '@actions/core';
import { InputError } from '../common/errors.js';
import type { FailOn } from '../report/gate.js';

/**
 * Every action input and the environment, read once and turned into one typed object (the
 * only place in the action that reads inputs or process.env).
 */
export interface ActionSettings {
  configPath: string;
  githubToken: string;
  endpoint?: string;
  failOn: FailOn;
  comment: boolean;
  reportDir: string;
  workspace: string;
  /** The runner's environment: workloads inherit it, minus every AWS setting. */
  hostEnv: Readonly<Record<string, string | undefined>>;
}

export function readActionSettings(): ActionSettings {
  const failOn = core.getInput('fail-on') || 'unjustified';
  if (failOn !== 'unjustified' && failOn !== 'finding' && failOn !== 'none') {
    throw new InputError(`input 'fail-on' must be unjustified, finding or none, not '${failOn}'`);
  }
  const endpoint = core.getInput('endpoint');
  if (endpoint && !/^https?:\/\/.+/.test(endpoint)) {
    throw new InputError(`input 'endpoint' must be an http(s):// URL, not '${endpoint}'`);
  }
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  return {
    configPath: core.getInput('config') || '.github/iam-mutate.yml',
    githubToken: token,
    ...(endpoint && { endpoint }),
    failOn,
    comment: core.getBooleanInput('comment', { required: false }),
    reportDir: core.getInput('report-dir') || 'iam-mutate-report',
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    hostEnv: process.env,
  };
}
