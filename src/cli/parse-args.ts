import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../common/errors.js';
import type { FailOn } from '../report/gate.js';
import { MAX_SHARDS, parseShardSpec, type ShardSpec } from '../shard/shard-spec.js';

export type { FailOn };

export type CliCommand =
  | { name: 'help'; topic?: string }
  | { name: 'version' }
  | {
      name: 'run';
      config: string;
      reportDir: string;
      endpoint?: string;
      only: string[];
      failOn: FailOn;
      /** False with --no-authz-log: judge runs only by what the workload shows. */
      useAuthorizationLog: boolean;
      /** False with --no-cache: run every target even if unchanged. */
      cache: boolean;
      /** --allow-remote-emulator: accept an emulator endpoint off loopback. */
      allowRemoteEmulator?: boolean;
      /** --shard I/N: run only that shard of the plan (docs/github-action.md). */
      shard?: ShardSpec;
      /** --plan FILE: the matrix `iam-mutate plan` printed (with --shard). */
      plan?: string;
      /** --timings FILE: previous durations the plan is balanced by (with --shard). */
      timings?: string;
      /** --changed-from FILE: only the targets these changed paths touch (with --shard). */
      changedFrom?: string;
      /** --jobs N: targets run at once on this machine, each group with its own emulator. */
      jobs?: number;
    }
  | {
      name: 'plan';
      config: string;
      shards?: number;
      maxPerShard?: number;
      changedFrom?: string;
      timings?: string;
    }
  | {
      name: 'merge';
      /** Shard report.json files or directories holding them. */
      inputs: string[];
      reportDir: string;
      failOn: FailOn;
      reportUrl?: string;
    }
  | {
      name: 'report';
      /** A saved report.json. */
      from: string;
      reportDir: string;
      /** The config the report came from: names the PR comment's marker. */
      config: string;
      /** Linked from comment.md as the full report. */
      reportUrl?: string;
    }
  | {
      name: 'lint';
      files: string[];
      format: 'text' | 'json' | 'sarif';
      /** Lowest severity that fails the command (exit 1); default warning. */
      failOn?: 'error' | 'warning' | 'note' | 'none';
      /** What the files are used as; detected from the policy when absent. */
      kind?: 'identity' | 'trust' | 'resource' | 'permissions-boundary' | 'scp';
      policyKind?: 'inline' | 'managed';
      account?: string;
    }
  | { name: 'emulator'; port: number; host: string; enforcement?: 'strict' | 'soft' | 'off' }
  | { name: 'demo' };

const COMMANDS = ['run', 'plan', 'merge', 'report', 'lint', 'emulator', 'demo'] as const;

const optionsByCommand: Record<(typeof COMMANDS)[number], ParseArgsConfig['options']> = {
  run: {
    config: { type: 'string' },
    'report-dir': { type: 'string' },
    endpoint: { type: 'string' },
    only: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    'no-authz-log': { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    'allow-remote-emulator': { type: 'boolean' },
    shard: { type: 'string' },
    plan: { type: 'string' },
    timings: { type: 'string' },
    'changed-from': { type: 'string' },
    jobs: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  plan: {
    config: { type: 'string' },
    shards: { type: 'string' },
    'max-per-shard': { type: 'string' },
    'changed-from': { type: 'string' },
    timings: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  merge: {
    'report-dir': { type: 'string' },
    'fail-on': { type: 'string' },
    'report-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  report: {
    from: { type: 'string' },
    'report-dir': { type: 'string' },
    config: { type: 'string' },
    'report-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  lint: {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    kind: { type: 'string' },
    'policy-kind': { type: 'string' },
    account: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  emulator: {
    port: { type: 'string' },
    host: { type: 'string' },
    enforcement: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  demo: { help: { type: 'boolean', short: 'h' } },
};

/** Turns argv (without node and script) into one typed command, or throws InputError. */
export function parseCommandLine(argv: readonly string[]): CliCommand {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    return { name: 'help', ...(rest[0] !== undefined && { topic: rest[0] }) };
  }
  if (first === '-V' || first === '--version') return { name: 'version' };
  if (!isCommand(first)) {
    throw new InputError(
      `unknown command '${first}'; expected one of: ${COMMANDS.join(', ')} (see --help)`,
    );
  }

  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...rest],
      options: optionsByCommand[first],
      allowPositionals: first === 'lint' || first === 'merge',
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    throw new InputError(`${first}: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help', topic: first };

  switch (first) {
    case 'run': {
      const failOn = (values['fail-on'] as string | undefined) ?? 'unjustified';
      if (!['unjustified', 'finding', 'none'].includes(failOn)) {
        throw new InputError(
          `run: --fail-on must be unjustified, finding or none, not '${failOn}'`,
        );
      }
      const endpoint = values.endpoint as string | undefined;
      if (endpoint !== undefined && !/^https?:\/\/.+/.test(endpoint)) {
        throw new InputError(`run: --endpoint must be an http(s):// URL, not '${endpoint}'`);
      }
      const shardText = values.shard as string | undefined;
      const shard = shardText === undefined ? undefined : parseShardSpec(shardText, 'run: --shard');
      const planFile = values.plan as string | undefined;
      const timings = values.timings as string | undefined;
      const changedFrom = values['changed-from'] as string | undefined;
      if (shard === undefined) {
        const stray = [
          planFile !== undefined && '--plan',
          timings !== undefined && '--timings',
          changedFrom !== undefined && '--changed-from',
        ].filter(Boolean);
        if (stray.length > 0)
          throw new InputError(`run: ${stray.join(', ')} only go with --shard I/N`);
      }
      if (shard !== undefined && values.only !== undefined) {
        throw new InputError(
          'run: --only and --shard cannot be combined (the plan picks the targets)',
        );
      }
      const jobsText = values.jobs as string | undefined;
      const jobs = jobsText === undefined ? undefined : readJobs(jobsText);
      return {
        name: 'run',
        ...(shard !== undefined && { shard }),
        ...(planFile !== undefined && { plan: planFile }),
        ...(timings !== undefined && { timings }),
        ...(changedFrom !== undefined && { changedFrom }),
        ...(jobs !== undefined && { jobs }),
        config: (values.config as string | undefined) ?? '.github/iam-mutate.yml',
        reportDir: (values['report-dir'] as string | undefined) ?? 'iam-mutate-report',
        ...(endpoint !== undefined && { endpoint }),
        only: (values.only as string[] | undefined) ?? [],
        failOn: failOn as FailOn,
        useAuthorizationLog: values['no-authz-log'] !== true,
        cache: values['no-cache'] !== true,
        ...(values['allow-remote-emulator'] === true && { allowRemoteEmulator: true }),
      };
    }
    case 'plan': {
      const shardsText = values.shards as string | undefined;
      const maxText = values['max-per-shard'] as string | undefined;
      if ((shardsText === undefined) === (maxText === undefined)) {
        throw new InputError('plan: give exactly one of --shards N or --max-per-shard K');
      }
      const shards = shardsText === undefined ? undefined : positive('--shards', shardsText);
      if (shards !== undefined && shards > MAX_SHARDS) {
        throw new InputError(`plan: --shards must be 1 to ${MAX_SHARDS} (a matrix's job limit)`);
      }
      const maxPerShard = maxText === undefined ? undefined : positive('--max-per-shard', maxText);
      const changedFrom = values['changed-from'] as string | undefined;
      const timings = values.timings as string | undefined;
      return {
        name: 'plan',
        config: (values.config as string | undefined) ?? '.github/iam-mutate.yml',
        ...(shards !== undefined && { shards }),
        ...(maxPerShard !== undefined && { maxPerShard }),
        ...(changedFrom !== undefined && { changedFrom }),
        ...(timings !== undefined && { timings }),
      };
    }
    case 'merge': {
      if (positionals.length === 0) {
        throw new InputError('merge: name the shard reports (report.json files or directories)');
      }
      const failOn = (values['fail-on'] as string | undefined) ?? 'unjustified';
      if (!['unjustified', 'finding', 'none'].includes(failOn)) {
        throw new InputError(
          `merge: --fail-on must be unjustified, finding or none, not '${failOn}'`,
        );
      }
      const reportUrl = values['report-url'] as string | undefined;
      if (reportUrl !== undefined && !/^https?:\/\/.+/.test(reportUrl)) {
        throw new InputError(`merge: --report-url must be an http(s):// URL, not '${reportUrl}'`);
      }
      return {
        name: 'merge',
        inputs: positionals,
        reportDir: (values['report-dir'] as string | undefined) ?? 'iam-mutate-report',
        failOn: failOn as FailOn,
        ...(reportUrl !== undefined && { reportUrl }),
      };
    }
    case 'report': {
      const from = values.from as string | undefined;
      if (from === undefined)
        throw new InputError('report: name the saved report with --from FILE');
      const reportUrl = values['report-url'] as string | undefined;
      if (reportUrl !== undefined && !/^https?:\/\/.+/.test(reportUrl)) {
        throw new InputError(`report: --report-url must be an http(s):// URL, not '${reportUrl}'`);
      }
      return {
        name: 'report',
        from,
        reportDir: (values['report-dir'] as string | undefined) ?? 'iam-mutate-report',
        config: (values.config as string | undefined) ?? '.github/iam-mutate.yml',
        ...(reportUrl !== undefined && { reportUrl }),
      };
    }
    case 'lint': {
      const format = (values.format as string | undefined) ?? 'text';
      if (format !== 'text' && format !== 'json' && format !== 'sarif') {
        throw new InputError(`lint: --format must be text, json or sarif, not '${format}'`);
      }
      if (positionals.length === 0) throw new InputError('lint: name at least one POLICY_FILE');
      const failOn = values['fail-on'] as string | undefined;
      if (failOn !== undefined && !['error', 'warning', 'note', 'none'].includes(failOn)) {
        throw new InputError(
          `lint: --fail-on must be error, warning, note or none, not '${failOn}'`,
        );
      }
      const kind = values.kind as string | undefined;
      const kinds = ['identity', 'trust', 'resource', 'permissions-boundary', 'scp'];
      if (kind !== undefined && !kinds.includes(kind)) {
        throw new InputError(`lint: --kind must be one of ${kinds.join(', ')}, not '${kind}'`);
      }
      const policyKind = values['policy-kind'] as string | undefined;
      if (policyKind !== undefined && policyKind !== 'inline' && policyKind !== 'managed') {
        throw new InputError(`lint: --policy-kind must be inline or managed, not '${policyKind}'`);
      }
      const account = values.account as string | undefined;
      if (account !== undefined && !/^\d{12}$/.test(account)) {
        throw new InputError(`lint: --account must be a 12-digit account id, not '${account}'`);
      }
      return {
        name: 'lint',
        files: positionals,
        format,
        ...(failOn !== undefined && { failOn: failOn as 'error' | 'warning' | 'note' | 'none' }),
        ...(kind !== undefined && {
          kind: kind as 'identity' | 'trust' | 'resource' | 'permissions-boundary' | 'scp',
        }),
        ...(policyKind !== undefined && { policyKind }),
        ...(account !== undefined && { account }),
      };
    }
    case 'emulator': {
      const portText = (values.port as string | undefined) ?? '4566';
      const port = Number(portText);
      if (!/^[0-9]+$/.test(portText) || port > 65535) {
        throw new InputError(
          `emulator: --port must be a number from 0 to 65535, not '${portText}'`,
        );
      }
      const enforcement = values.enforcement as string | undefined;
      if (enforcement !== undefined && !['strict', 'soft', 'off'].includes(enforcement)) {
        throw new InputError(
          `emulator: --enforcement must be strict, soft or off, not '${enforcement}'`,
        );
      }
      return {
        name: 'emulator',
        port,
        host: (values.host as string | undefined) ?? '127.0.0.1',
        ...(enforcement !== undefined && { enforcement: enforcement as 'strict' | 'soft' | 'off' }),
      };
    }
    case 'demo':
      return { name: 'demo' };
  }
}

function positive(flag: string, text: string): number {
  if (!/^[0-9]+$/.test(text) || Number(text) < 1) {
    throw new InputError(`plan: ${flag} must be a whole number of at least 1, not '${text}'`);
  }
  return Number(text);
}

/** `--jobs N` or `--jobs auto` (the cores this process may use). */
function readJobs(text: string): number {
  if (text === 'auto') return availableParallelism();
  if (!/^[0-9]+$/.test(text) || Number(text) < 1 || Number(text) > 64) {
    throw new InputError(`run: --jobs must be auto or a number from 1 to 64, not '${text}'`);
  }
  return Number(text);
}

function isCommand(value: string): value is (typeof COMMANDS)[number] {
  return (COMMANDS as readonly string[]).includes(value);
}
