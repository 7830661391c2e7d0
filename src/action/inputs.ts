import * as core from '@actions/core';
import type { FailOn } from '../report/gate.js';
import { MAX_SHARDS, parseShardSpec, type ShardSpec } from '../shard/shard-spec.js';

/**
 * Every action input and the environment, read once and turned into one typed object (the
 * only place in the action that reads inputs or process.env), in the style of
 * actions/checkout's input-helper. action.yml documents each input and its default.
 */
export type CommentMode = 'always' | 'on-change' | 'off';
export type ActionMode = 'run' | 'comment-from-artifact' | 'plan' | 'merge';

export interface ActionSettings {
  /** Config path relative to the workspace (the repository root). */
  configPath: string;
  /** True when the `config` input was given explicitly (a missing file is then an error). */
  configExplicit: boolean;
  githubToken: string;
  /**
   * `emulator` input (or the older `endpoint`): embedded, localemu, or an http(s) URL of a
   * running emulator. Undefined: the config decides.
   */
  emulator?: { kind: 'embedded' } | { kind: 'localemu' } | { kind: 'endpoint'; url: string };
  /** LocalEmu image for `emulator: localemu`. */
  localEmuImage: string;
  failOn: FailOn;
  /** Fail the gate when the mutation score (0-100) is below this. */
  minScore?: number;
  comment: CommentMode;
  mode: ActionMode;
  /** False: a pull request runs every target, not only the ones it touches. */
  changedOnly: boolean;
  /** `policies` globs (one per line or comma-separated): policy files without a config. */
  policies: string[];
  reportDir: string;
  /** `mode: merge`: the folder holding the shards' downloaded report artifacts. */
  shardReports: string;
  /** `mode: plan`: how many shards (`shards`), or at most how many targets each (`max-per-shard`). */
  shards?: number;
  maxPerShard?: number;
  /** `mode: run` with `shard: I/N`: run only that shard of `plan` (the plan job's matrix JSON). */
  shard?: ShardSpec;
  plan?: string;
  workspace: string;
  /** GITHUB_EVENT_NAME and the parsed GITHUB_EVENT_PATH payload. */
  eventName: string;
  eventPath?: string;
  apiUrl: string;
  /** GITHUB_REPOSITORY (`owner/name`), for events whose payload names no repository. */
  repository?: string;
  /** GITHUB_SHA: the commit a push/schedule run's check run is attached to. */
  sha?: string;
  /** Link to this workflow run (check run details, comment's report link), when known. */
  runUrl?: string;
  /** The runner's environment: workloads inherit it, minus every AWS setting. */
  hostEnv: Readonly<Record<string, string | undefined>>;
}

export class ActionInputError extends Error {}

export function readActionSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const failOn = core.getInput('fail-on') || 'unjustified';
  if (failOn !== 'unjustified' && failOn !== 'finding' && failOn !== 'none') {
    throw new ActionInputError(
      `input 'fail-on' must be unjustified, finding or none, not '${failOn}'`,
    );
  }
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const configInput = core.getInput('config');
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const minScore = readMinScore(core.getInput('min-score'));
  const emulator = readEmulator(core.getInput('emulator'), core.getInput('endpoint'));
  const sharding = readSharding();
  return {
    configPath: configInput || '.github/iam-mutate.yml',
    configExplicit: configInput !== '' && configInput !== '.github/iam-mutate.yml',
    githubToken: token,
    ...(emulator && { emulator }),
    localEmuImage: core.getInput('localemu-image') || 'localemu/localemu',
    failOn,
    ...(minScore !== undefined && { minScore }),
    comment: readComment(core.getInput('comment')),
    mode: readMode(core.getInput('mode')),
    changedOnly: readBoolean('changed-only', core.getInput('changed-only'), true),
    policies: core
      .getInput('policies')
      .split(/[\n,]/)
      .map((g) => g.trim())
      .filter(Boolean),
    reportDir: core.getInput('report-dir') || 'iam-mutate-report',
    shardReports: core.getInput('shard-reports') || 'iam-mutate-shards',
    ...sharding,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    eventName: env.GITHUB_EVENT_NAME || '',
    ...(env.GITHUB_EVENT_PATH && { eventPath: env.GITHUB_EVENT_PATH }),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(env.GITHUB_SHA && { sha: env.GITHUB_SHA }),
    ...(env.GITHUB_REPOSITORY && { repository: env.GITHUB_REPOSITORY }),
    ...(runUrl && { runUrl }),
    hostEnv: env,
  };
}

/** `true`/`false` are the original values of `comment` and keep working. */
function readComment(value: string): CommentMode {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'true' || v === 'always') return 'always';
  if (v === 'false' || v === 'off') return 'off';
  if (v === 'on-change') return 'on-change';
  throw new ActionInputError(
    `input 'comment' must be always, on-change or off (true/false also work), not '${value}'`,
  );
}

function readBoolean(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ActionInputError(`input '${name}' must be true or false, not '${value}'`);
}

function readMode(value: string): ActionMode {
  if (value === '' || value === 'run') return 'run';
  if (value === 'comment-from-artifact' || value === 'plan' || value === 'merge') return value;
  throw new ActionInputError(
    `input 'mode' must be run, comment-from-artifact, plan or merge, not '${value}'`,
  );
}

/** `shards`/`max-per-shard` (mode plan) and `shard`/`plan` (mode run), checked as the CLI's. */
function readSharding(): Pick<ActionSettings, 'shards' | 'maxPerShard' | 'shard' | 'plan'> {
  const whole = (name: string, max: number): number | undefined => {
    const v = core.getInput(name).trim();
    if (v === '') return undefined;
    if (!/^[0-9]+$/.test(v) || Number(v) < 1 || Number(v) > max) {
      throw new ActionInputError(
        `input '${name}' must be a whole number from 1 to ${max}, not '${v}'`,
      );
    }
    return Number(v);
  };
  const shards = whole('shards', MAX_SHARDS);
  const maxPerShard = whole('max-per-shard', 100_000);
  const shardText = core.getInput('shard').trim();
  let shard: ShardSpec | undefined;
  if (shardText !== '') {
    try {
      shard = parseShardSpec(shardText, "input 'shard'");
    } catch (error) {
      throw new ActionInputError((error as Error).message);
    }
  }
  const plan = core.getInput('plan').trim();
  return {
    ...(shards !== undefined && { shards }),
    ...(maxPerShard !== undefined && { maxPerShard }),
    ...(shard && { shard }),
    ...(plan !== '' && { plan }),
  };
}

function readMinScore(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) {
    throw new ActionInputError(`input 'min-score' must be a number from 0 to 100, not '${value}'`);
  }
  return n;
}

/** `endpoint` is the older name for a URL; both given and different is a mistake, not a choice. */
function readEmulator(emulator: string, endpoint: string): ActionSettings['emulator'] {
  const e = emulator.trim();
  const url = endpoint.trim();
  if (url && !/^https?:\/\/.+/.test(url)) {
    throw new ActionInputError(`input 'endpoint' must be an http(s):// URL, not '${url}'`);
  }
  if (e && url && e !== url) {
    throw new ActionInputError(
      `inputs 'emulator' (${e}) and 'endpoint' (${url}) disagree; set only 'emulator'`,
    );
  }
  const value = e || url;
  if (value === '') return undefined;
  if (value === 'embedded' || value === 'localemu') return { kind: value };
  if (/^https?:\/\/.+/.test(value)) return { kind: 'endpoint', url: value };
  throw new ActionInputError(
    `input 'emulator' must be embedded, localemu or an http(s):// URL, not '${value}'`,
  );
}
