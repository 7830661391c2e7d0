import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError, RunError } from '../common/errors.js';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator.js';
import { parsePolicy, validatePolicy } from '../policy/index.js';
import type { Report, TargetReport } from '../report/report-types.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { authorizationLogClient } from './backends/authz-log-client.js';
import { awsSdkBackend } from './backends/aws-sdk-backend.js';
import type { IamMutateConfig } from './config/config-types.js';
import { openRunCache } from './run-cache.js';
import { runSetup } from './run-setup.js';
import type { RunReporter } from './run-events.js';
import { runTarget, type VerifyMode } from './run-target.js';
import { applySubstitutions, reverseSubstitutions } from './substitute.js';
import type { EmulatorCredentials } from './workload-environment.js';
import { internalFetch } from '../emulator/internal-client.js';

/** The emulator's admin keys (DESIGN.md, "Emulator conventions"): never real credentials. */
const ADMIN: EmulatorCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const SETUP_TIMEOUT_MS = 10 * 60_000;

export interface RunPlanOptions {
  config: IamMutateConfig;
  /** Overrides the config's emulator with a running endpoint. */
  endpoint?: string;
  /** Policy files (as written in the config, or paths) to run; empty: all targets. */
  only: readonly string[];
  verify: VerifyMode;
  /** Use the endpoint's authorization log when it has one (default true). */
  useAuthorizationLog?: boolean;
  /** Reuse results of unchanged targets (default true; --no-cache turns it off). */
  cache?: boolean;
  /** Where reports go: not part of what the cache considers the workload. */
  reportDir?: string;
  hostEnv: Readonly<Record<string, string | undefined>>;
  reporter?: RunReporter;
}

/**
 * The whole run: start (or reach) the emulator, run setup once, then the baseline-plus-mutant
 * loop for each target. Policies are parsed and validated before anything starts, so bad
 * input fails fast with file:line:column and nothing half-done.
 */
export async function runPlan(options: RunPlanOptions): Promise<Report> {
  const { config } = options;
  const targets = selectTargets(config, options.only);
  const policies = await Promise.all(targets.map((t) => loadPolicy(t.policyPath, t.policy)));
  const cache =
    options.cache === false
      ? undefined
      : openRunCache(config, options.reportDir === undefined ? [] : [options.reportDir]);
  const cached = targets.map((t, i) => cache?.get(t, policies[i]!.text));
  if (cached.every((r) => r !== undefined)) {
    // Nothing changed: no emulator, no setup, no workload run.
    return report(cached.map((r) => markCached(r!)));
  }

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'iam-mutate-'));
  const emptyConfigFile = path.join(scratch, 'empty-aws-config');
  await writeFile(emptyConfigFile, '');
  let emulator: RunningEmulator | undefined;
  try {
    const endpoint = options.endpoint ?? (await reachEmulator(config, (e) => (emulator = e)));
    const useLog = options.useAuthorizationLog !== false && (await hasAuthorizationLog(endpoint));
    const outputs = config.setup
      ? (options.reporter?.onSetupStarted?.(path.relative(config.rootDir, config.setup)),
        await runSetup({
          script: config.setup,
          rootDir: config.rootDir,
          endpoint,
          region: config.region,
          admin: ADMIN,
          hostEnv: options.hostEnv,
          emptyConfigFile,
          timeoutMs: SETUP_TIMEOUT_MS,
        }))
      : {};
    const backend = awsSdkBackend({
      endpoint,
      region: config.region,
      accountId: config.account,
      admin: ADMIN,
      hostEnv: options.hostEnv,
      rootDir: config.rootDir,
      emptyConfigFile,
      ...(useLog && { authorizationLog: authorizationLogClient(endpoint, config.account) }),
    });
    const reports: TargetReport[] = [];
    for (const [index, target] of targets.entries()) {
      const loaded = policies[index]!;
      const hit = cached[index];
      if (hit !== undefined) {
        reports.push(markCached(hit));
        continue;
      }
      const policyText = applySubstitutions(loaded.text, config.substitute, outputs, config.file);
      reports.push(
        await runTarget({
          target,
          policyText,
          parsed: loaded.parsed,
          backend,
          verify: options.verify,
          present: reverseSubstitutions(config.substitute, outputs, config.file),
          ...(options.reporter && { reporter: options.reporter }),
          index,
          total: targets.length,
        }),
      );
      cache?.put(target, loaded.text, reports[reports.length - 1]!);
    }
    return report(reports);
  } finally {
    await emulator?.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

function report(targets: TargetReport[]): Report {
  return { schemaVersion: 1, tool: { name: TOOL_NAME, version: VERSION }, targets };
}

function markCached(report: TargetReport): TargetReport {
  return {
    ...report,
    notes: [
      ...report.notes,
      'unchanged since a previous run (policy, config and repository): result reused from .iam-mutate-cache (--no-cache re-runs it)',
    ],
  };
}

function selectTargets(config: IamMutateConfig, only: readonly string[]) {
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

async function loadPolicy(file: string, shown: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError([
      { file: shown, message: 'policy file cannot be read', severity: 'error' },
    ]);
  }
  const result = parsePolicy(text, shown);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.value === undefined || errors.length > 0) throw new InputError(errors);
  const invalid = validatePolicy(result.value, { kind: 'identity' }).filter(
    (d) => d.severity === 'error',
  );
  if (invalid.length > 0) throw new InputError(invalid);
  return { text, parsed: result.value };
}

async function reachEmulator(
  config: IamMutateConfig,
  started: (emulator: RunningEmulator) => void,
): Promise<string> {
  switch (config.emulator.kind) {
    case 'endpoint':
      return config.emulator.url;
    case 'localemu':
      throw new RunError(
        'emulator: localemu (booting the LocalEmu container with docker) is not supported yet; start it yourself and set emulator: http://localhost:4566, or use emulator: embedded',
      );
    case 'embedded': {
      const emulator = await startEmulator({
        port: 0,
        enforcement: config.enforcement,
        account: config.account,
        region: config.region,
      });
      started(emulator);
      return emulator.url;
    }
  }
}

async function hasAuthorizationLog(endpoint: string): Promise<boolean> {
  try {
    const response = await internalFetch(endpoint, '/_iam-mutate/health');
    return (
      response.ok && typeof ((await response.json()) as { cursor?: unknown }).cursor === 'number'
    );
  } catch {
    return false;
  }
}
