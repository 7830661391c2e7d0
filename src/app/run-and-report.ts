import path from 'node:path';
import { throwIfInterrupted } from '../common/errors.js';
import type { EmulatorChoice } from '../mutate/config/config-types.js';
import type { LocalEmuLauncher } from '../mutate/reach-emulator.js';
import type { RunReporter } from '../mutate/run-events.js';
import { evaluateGate, type FailOn, type GateResult } from '../report/gate.js';
import type { ReportFileName } from '../report/render-all.js';
import type { Report } from '../report/report-types.js';
import { lookUpSetupPython } from '../mutate/setup-interpreter.js';
import { loadConfigFile } from './load-config-file.js';
import { readPolicySources } from './read-policy-sources.js';
import { writeReportFiles } from './write-report-files.js';

export interface RunAndReportOptions {
  /** The config file as the user named it, relative to `cwd`. */
  configPath: string;
  /** The CLI's working directory or the action's GITHUB_WORKSPACE: the repository root. */
  cwd: string;
  /** Where the report files go, relative to `cwd` (or absolute). */
  reportDir: string;
  failOn: FailOn;
  /** A running emulator instead of the configured one. */
  endpoint?: string;
  /** Overrides the config's `emulator` (the action's `emulator` input). */
  emulator?: EmulatorChoice;
  /** Boots LocalEmu for `emulator: localemu` (src/action/localemu.ts; docker is an edge). */
  launchLocalEmu?: LocalEmuLauncher;
  /** Accept an emulator endpoint that is not on loopback (never an AWS domain). */
  allowRemoteEmulator?: boolean;
  /** Policy files to run; empty or absent: every target. */
  only?: readonly string[];
  /** False: ignore the emulator's authorization log (default true). */
  useAuthorizationLog?: boolean;
  /** False: run every target even if unchanged (default true). */
  cache?: boolean;
  /** The host's environment: workloads inherit it, minus every AWS setting. */
  hostEnv: Readonly<Record<string, string | undefined>>;
  reporter?: RunReporter;
  /** Where the full report can be read (e.g. the workflow run's artifacts), linked from comment.md. */
  reportUrl?: string;
  /** Aborted on SIGINT/SIGTERM (src/app/stop-on-signals.ts): see RunPlanOptions.signal. */
  signal?: AbortSignal;
  /** What an abort at once would leave behind, kept current by the run. */
  leftovers?: Set<string>;
  /** Targets run at once, each group with its own embedded emulator (default 1). */
  jobs?: number;
  /** Adds to the report before it is written (e.g. a shard's metadata). */
  finishReport?: (report: Report) => Report;
}

export interface ReportFile {
  /** Absolute path of the written file. */
  path: string;
  content: string;
}

export interface RunAndReportResult {
  report: Report;
  gate: GateResult;
  files: Readonly<Record<ReportFileName, ReportFile>>;
}

/**
 * The one run path of `iam-mutate run` and the GitHub Action: load the config, run the plan,
 * render every report file (report.json, comment.md, results.sarif, mutation.json,
 * report.html) and write them all or none, then decide the gate. What to print and how to fail
 * is the caller's business.
 */
export async function runAndReport(options: RunAndReportOptions): Promise<RunAndReportResult> {
  const loaded = loadConfigFile(options.configPath, options.cwd);
  const config = options.emulator ? { ...loaded, emulator: options.emulator } : loaded;
  const reportDir = path.resolve(options.cwd, options.reportDir);
  // Started before the run's own code is loaded (~0.1 s of it): setup waits for this lookup.
  const setupPython = lookUpSetupPython(config, options.hostEnv, options.endpoint);
  const { runPlanTimed } = await import('./run-plan-timed.js');
  const ran = await runPlanTimed({
    config,
    ...(setupPython && { setupPython }),
    ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
    only: options.only ?? [],
    verify: config.verify,
    ...(options.useAuthorizationLog !== undefined && {
      useAuthorizationLog: options.useAuthorizationLog,
    }),
    ...(options.cache !== undefined && { cache: options.cache }),
    ...(options.allowRemoteEmulator === true && { allowRemoteEmulator: true }),
    reportDir,
    hostEnv: options.hostEnv,
    ...(options.reporter && { reporter: options.reporter }),
    ...(options.launchLocalEmu && { launchLocalEmu: options.launchLocalEmu }),
    ...(options.signal && { signal: options.signal }),
    ...(options.leftovers && { leftovers: options.leftovers }),
    jobs: options.jobs ?? 1,
    // The renderers are needed only after the run: loaded while setup runs.
    whileSetupRuns: () => void loadRenderers().catch(() => undefined),
  });
  // Interrupted after the loop: no report file is written (all or none, and here none).
  throwIfInterrupted(options.signal);
  const report = options.finishReport ? options.finishReport(ran) : ran;
  const files = await writeReports(report, {
    rootDir: config.rootDir,
    reportDir,
    configPath: options.configPath,
    ...(options.reportUrl !== undefined && { reportUrl: options.reportUrl }),
  });
  return { report, gate: evaluateGate(report, options.failOn), files };
}

/** Every report renderer (the HTML report's assets included): loaded once, when first needed. */
function loadRenderers(): Promise<typeof import('../report/render-all.js')> {
  return import('../report/render-all.js');
}

export interface WriteReportsOptions {
  /** The root policy paths in the report are relative to (the repository). */
  rootDir: string;
  /** Absolute. */
  reportDir: string;
  /** The config file the run used (identifies the PR comment). */
  configPath: string;
  reportUrl?: string;
}

/**
 * Renders every report file from one report and writes them all or none (also used by
 * `iam-mutate report --from`, which re-renders a saved report.json).
 */
export async function writeReports(
  report: Report,
  options: WriteReportsOptions,
): Promise<Record<ReportFileName, ReportFile>> {
  const { renderReports, REPORT_FILE_NAMES } = await loadRenderers();
  const rendered = renderReports(report, {
    policySources: await readPolicySources(report, options.rootDir),
    configPath: options.configPath,
    ...(options.reportUrl !== undefined && { reportUrl: options.reportUrl }),
  });
  await writeReportFiles(options.reportDir, rendered);
  return Object.fromEntries(
    REPORT_FILE_NAMES.map((name) => [
      name,
      { path: path.join(options.reportDir, name), content: rendered[name] },
    ]),
  ) as Record<ReportFileName, ReportFile>;
}
