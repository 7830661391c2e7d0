import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  InputError,
  interruptionOf,
  throwIfInterrupted,
  type RunInterrupted,
} from '../common/errors.js';
import type { Report, TargetReport } from '../report/report-types.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { connectAuthorizationLog } from './backends/authz-log-client.js';
import type { AuthorizationLogReader } from './backend.js';
import type { IamMutateConfig } from './config/config-types.js';
import { loadPolicy } from './load-policy.js';
import { checkEmulatorEndpoint } from './loopback-endpoint.js';
import { reachEmulator, type LocalEmuLauncher, type StartedEmulator } from './reach-emulator.js';
import { openRunCache } from './run-cache.js';
import type { RunReporter } from './run-events.js';
import { runSetup } from './run-setup.js';
import { lookUpSetupPython, type SetupPython } from './setup-interpreter.js';
import type { KillsByWorkload, VerifyMode } from './run-target.js';
import { selectTargets } from './select-targets.js';
import type { LintPolicy } from './stages/prepare.js';
import { substitutionFor } from './substitute.js';
import type { EmulatorCredentials } from './workload-environment.js';

/** An external emulator's well-known admin keys (docs/emulator.md): never real credentials. */
const WELL_KNOWN: EmulatorCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const SETUP_TIMEOUT_MS = 10 * 60_000;

export interface RunPlanOptions {
  config: IamMutateConfig;
  /** Overrides the config's emulator with a running endpoint. */
  endpoint?: string;
  /** Accept an emulator endpoint that is not on loopback (--allow-remote-emulator). */
  allowRemoteEmulator?: boolean;
  /** Policy files (as written in the config, or paths) to run; empty: all targets. */
  only: readonly string[];
  verify: VerifyMode;
  /** Use the endpoint's authorization log when it has one (default true). */
  useAuthorizationLog?: boolean;
  /** Reuse results of unchanged targets (default true; --no-cache turns it off). */
  cache?: boolean;
  /** Where reports go: not part of what the cache considers the workload. */
  reportDir?: string;
  /** The host's environment, read by the caller (cli, action): workloads inherit it, minus AWS. */
  hostEnv: Readonly<Record<string, string | undefined>>;
  reporter?: RunReporter;
  /** Static findings attached to the statement rows (default: src/lint with the config's `ignore:`). */
  lintPolicy?: LintPolicy;
  /** Boots LocalEmu for `emulator: localemu` (the edges pass src/action/localemu.ts). */
  launchLocalEmu?: LocalEmuLauncher;
  /**
   * Aborted by the edges on SIGINT/SIGTERM (reason: the signal's name): the loop stops, the
   * running workload is killed, the role restored, scratch removed, and RunInterrupted thrown.
   */
  signal?: AbortSignal;
  /** Kept current with what the run would leave behind if the process died now. */
  leftovers?: Set<string>;
  /**
   * setup-interpreter.ts's lookUpSetupPython for this config, when the caller started it as soon
   * as the config was read (before loading the rest of the run); otherwise runPlan starts it.
   */
  setupPython?: Promise<SetupPython | undefined>;
  /**
   * Called once the setup script has started (at once when there is none): the caller may load
   * what it needs after the run (report renderers) while node would otherwise wait.
   */
  whileSetupRuns?: () => void;
}

type RunEngine = typeof import('./run-engine.js');

/**
 * The whole run: start (or reach) the emulator, run setup once, then the baseline-plus-mutant
 * loop for each target. Policies are parsed and validated before anything starts, so bad
 * input fails fast with file:line:column and nothing half-done.
 */
export async function runPlan(options: RunPlanOptions): Promise<Report> {
  const { config } = options;
  checkEmulatorEndpoint(config, options.endpoint, options.allowRemoteEmulator === true);
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

  throwIfInterrupted(options.signal);
  const { signal, leftovers } = options;
  const setupPython =
    options.setupPython ?? lookUpSetupPython(config, options.hostEnv, options.endpoint);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'iam-mutate-'));
  const scratchLeftover = `scratch directory ${scratch}`;
  leftovers?.add(scratchLeftover);
  const emptyConfigFile = path.join(scratch, 'empty-aws-config');
  await writeFile(emptyConfigFile, '');
  let emulator: StartedEmulator | undefined;
  let interrupted: RunInterrupted | undefined;
  try {
    // The embedded emulator gets admin keys made for this run: known to the orchestrator and
    // setup only, so a workload cannot sign as admin (which bypasses IAM) with test/test.
    const runAdmin = randomAdminCredentials();
    let embedded = false;
    const { endpoint, ready, pythonLookedUp } =
      options.endpoint !== undefined
        ? { endpoint: options.endpoint, ready: Promise.resolve() }
        : await reachEmulator(
            config,
            runAdmin,
            (e) => {
              emulator = e;
              embedded = config.emulator.kind === 'embedded';
            },
            options.launchLocalEmu,
            options.hostEnv,
            setupPython?.then((python) => python?.executable),
          );
    throwIfInterrupted(signal);
    const ADMIN = embedded ? runAdmin : WELL_KNOWN;
    // Started once setup runs (at once when there is none), so that its start waits for none
    // of it: loading the engine (run-engine.ts), asking the endpoint for its authorization log,
    // and whatever the caller loads for after the run.
    type Background = {
      engine: Promise<RunEngine>;
      log: Promise<AuthorizationLogReader | undefined>;
      /** Each target's static findings (they read the policy file, not setup's outputs). */
      findings: Promise<Array<ReturnType<LintPolicy> | undefined>>;
    };
    let background: Background | undefined;
    const startBackground = (): Background => {
      if (background !== undefined) return background;
      const engine = import('./run-engine.js');
      background = {
        engine,
        log:
          options.useAuthorizationLog === false
            ? Promise.resolve(undefined)
            : ready.then(() => connectAuthorizationLog(endpoint, config.account, ADMIN)),
        findings: engine.then(async ({ statementFindings, ignoreEntriesFor }) => {
          const findings: Array<ReturnType<LintPolicy> | undefined> = [];
          for (const [index, target] of targets.entries()) {
            // One policy per turn of the event loop: setup's requests are served in between.
            await new Promise((resolve) => setImmediate(resolve));
            findings.push(
              options.lintPolicy !== undefined || cached[index] !== undefined
                ? undefined
                : statementFindings(
                    policies[index]!.parsed,
                    ignoreEntriesFor(config.ignore, target.policy),
                  ),
            );
          }
          return findings;
        }),
      };
      // Awaited after setup; a setup failure must not leave them rejected unobserved.
      for (const work of [background.engine, background.log, background.findings]) {
        work.catch(() => undefined);
      }
      options.whileSetupRuns?.();
      return background;
    };
    let outputs: Record<string, string> = {};
    if (config.setup) {
      options.reporter?.onSetupStarted?.(path.relative(config.rootDir, config.setup));
      // Started against the address while the emulator may still be loading: its first
      // requests wait for it (reach-emulator.ts).
      outputs = await runSetup({
        // After the emulator: setup's first requests need it before anything else. And after
        // the Python lookup, when there is one: loading the engine holds node's thread for
        // ~0.2 s, which would hold back the lookup's answer and so the standby worker's start,
        // and the function's first invoke waits for that worker.
        onStarted: () =>
          void Promise.all([ready, pythonLookedUp]).then(startBackground, () => undefined),
        script: config.setup,
        rootDir: config.rootDir,
        endpoint,
        region: config.region,
        admin: ADMIN,
        hostEnv: options.hostEnv,
        envNames: config.env,
        emptyConfigFile,
        timeoutMs: SETUP_TIMEOUT_MS,
        ...(signal && { signal }),
        ...(setupPython && { python: setupPython }),
      }).catch(async (error: unknown) => {
        const stopped = interruptionOf(error, signal);
        stopped?.during.unshift('setup');
        // A setup that failed because the emulator never came up: say that instead.
        if (!stopped) await ready;
        throw stopped ?? error;
      });
    }
    await ready;
    const work = startBackground();
    const { awsSdkBackend, preparePolicy, runTarget, RoleNotFoundError } = await work.engine;
    const authorizationLog = await work.log;
    const findings = await work.findings;
    const backend = awsSdkBackend({
      endpoint,
      region: config.region,
      accountId: config.account,
      admin: ADMIN,
      hostEnv: options.hostEnv,
      envNames: config.env,
      rootDir: config.rootDir,
      emptyConfigFile,
      ...(authorizationLog && { authorizationLog }),
      ...(signal && { signal }),
    });
    const substitution = substitutionFor(config.substitute, outputs, config.file, config.locate);
    const reports: TargetReport[] = [];
    const killsByWorkload: KillsByWorkload = new Map();
    for (const [index, target] of targets.entries()) {
      const loaded = policies[index]!;
      const hit = cached[index];
      if (hit !== undefined) {
        reports.push(markCached(hit));
        continue;
      }
      const prepared = preparePolicy({
        fileText: loaded.text,
        parsed: loaded.parsed,
        substitution,
        lintPolicy: options.lintPolicy ?? (() => findings[index] ?? []),
      });
      const result = await runTarget({
        target,
        prepared,
        backend,
        verify: options.verify,
        ...(options.reporter && { reporter: options.reporter }),
        index,
        total: targets.length,
        ...(leftovers && { leftovers }),
        killsByWorkload,
      }).catch((error: unknown) => {
        throw located(error, config, config.targets.indexOf(target), RoleNotFoundError);
      });
      reports.push(result);
      cache?.put(target, loaded.text, result);
    }
    throwIfInterrupted(signal);
    return report(reports);
  } catch (error) {
    interrupted = interruptionOf(error, signal);
    throw interrupted ?? error;
  } finally {
    await emulator?.stop();
    await rm(scratch, { recursive: true, force: true });
    leftovers?.delete(scratchLeftover);
    if (emulator) interrupted?.undone.push('stopped the emulator this run started');
    interrupted?.undone.push(`removed the ${scratchLeftover}`);
  }
}

/** A missing role, pointed at the target's `role:` line when the config came from a file. */
function located(
  error: unknown,
  config: IamMutateConfig,
  targetIndex: number,
  RoleNotFoundError: RunEngine['RoleNotFoundError'],
): unknown {
  if (!(error instanceof RoleNotFoundError) || config.locate === undefined || targetIndex < 0) {
    return error;
  }
  const where = config.locate(['targets', targetIndex, 'role']);
  return new InputError([
    {
      file: where.file,
      ...(where.position && { position: where.position }),
      key: where.key,
      message: RoleNotFoundError.message(error.role),
      severity: 'error',
    },
  ]);
}

function randomAdminCredentials(): EmulatorCredentials {
  return {
    accessKeyId: `AKIM${randomBytes(8).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64url'),
  };
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
