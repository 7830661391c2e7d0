import path from 'node:path';
import * as core from '@actions/core';
import { loadConfigFile } from '../app/load-config-file.js';
import { progressReporter } from '../app/progress-reporter.js';
import { runAndReport, writeReports } from '../app/run-and-report.js';
import { renderTextSummary } from '../report/text-summary.js';
import { changedTargets } from '../shard/changed-targets.js';
import { loadShardPlan } from '../shard/load-shard-plan.js';
import { matrixJson, shardTargets } from '../shard/plan-shards.js';
import { prepareShardRun } from '../shard/shard-run.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { actionVerdict } from './gate-and-outputs.js';
import { describeGitHubError } from './github/api-error.js';
import { listChangedFiles } from './github/changed-files.js';
import { createGitHubClient } from './github/client.js';
import { pullRequestContext, type PullRequestPayload } from './github/event-context.js';
import { eventKind } from './github/select-targets.js';
import { ActionInputError, type ActionSettings } from './inputs.js';
import { startLocalEmu } from './localemu.js';
import { GitHubStepError } from './run-proof.js';
import { finishStep, setActionOutputs } from './step-result.js';

/**
 * `mode: plan`, job 1 of the sharded workflow (docs/github-action.md): the targets this event
 * touches (on a pull request with `changed-only`, chosen as `mode: run` chooses them), split
 * into balanced shards; the matrix JSON is the `matrix` output (and `shard-count`). Reads the
 * pull request's file list, runs nothing.
 */
export async function planShardsStep(
  settings: ActionSettings,
  payload: PullRequestPayload,
): Promise<void> {
  if ((settings.shards === undefined) === (settings.maxPerShard === undefined)) {
    throw new ActionInputError(`mode 'plan' needs exactly one of the inputs shards, max-per-shard`);
  }
  const config = loadConfigFile(settings.configPath, settings.workspace);
  const pr =
    eventKind(settings.eventName) === 'pull_request' ? pullRequestContext(payload) : undefined;
  let only: string[] | undefined;
  if (pr && settings.changedOnly && settings.githubToken) {
    const client = createGitHubClient({
      token: settings.githubToken,
      baseUrl: settings.apiUrl,
      log: (line) => core.warning(line),
    });
    try {
      const changed = await listChangedFiles(client, {
        owner: pr.owner,
        repo: pr.repo,
        pullNumber: pr.pullNumber,
      });
      // A listing GitHub cut short plans every target: an unseen change never skips a proof.
      if (!changed.truncated) {
        const paths = changed.files.flatMap((f) => [
          f.path,
          ...(f.previousPath ? [f.previousPath] : []),
        ]);
        only = changedTargets(config, paths.join('\n'));
      }
    } catch (error) {
      const failure = describeGitHubError(error, 'listing the pull request files');
      if (!failure.permission) throw new GitHubStepError(failure.message);
      core.warning(`${failure.message}; planning every target`);
    }
  }
  const plan = await loadShardPlan({
    config,
    cwd: settings.workspace,
    ...(settings.shards !== undefined && { count: settings.shards }),
    ...(settings.maxPerShard !== undefined && { maxPerShard: settings.maxPerShard }),
    ...(only !== undefined && { only }),
  });
  const matrix = matrixJson(plan);
  core.setOutput('matrix', JSON.stringify(matrix));
  core.setOutput('shard-count', String(matrix.include.length));
  const counts = Array.from({ length: plan.count }, (_, i) => shardTargets(plan, i + 1).length);
  core.info(
    `iam-mutate: ${plan.targets.length} target(s) in ${matrix.include.length} shard(s) (${counts.join(' + ')}), balanced by ${plan.basis === 'timings' ? 'previous durations' : 'statement counts'}`,
  );
}

/**
 * `mode: run` with `shard: I/N`: one job of the matrix. Runs only that shard of `plan` (each
 * job has its own embedded emulator, or its own service container), writes the shard's report
 * files for the merge job to download, and posts nothing: the matrix jobs need only a
 * read-only token; `mode: merge` posts the one comment. The step fails on the shard's gate.
 */
export async function runShardStep(
  settings: ActionSettings,
  stop?: { signal: AbortSignal; leftovers: Set<string> },
): Promise<void> {
  const spec = settings.shard!;
  if (settings.plan === undefined) {
    throw new ActionInputError(
      `input 'shard' needs 'plan': the plan job's matrix output (docs/github-action.md)`,
    );
  }
  const config = loadConfigFile(settings.configPath, settings.workspace);
  const shard = await prepareShardRun({
    config,
    configPath: settings.configPath,
    cwd: settings.workspace,
    spec,
    planJson: settings.plan,
  });
  core.info(
    `iam-mutate: shard ${spec.index}/${spec.count}: ${shard.targets.length} of ${shard.plan.targets.length} target(s)`,
  );
  const reportDir = path.resolve(settings.workspace, settings.reportDir);
  let report;
  if (shard.targets.length === 0) {
    report = shard.finishReport({
      schemaVersion: 1,
      tool: { name: TOOL_NAME, version: VERSION },
      targets: [],
    });
    await writeReports(report, {
      rootDir: settings.workspace,
      reportDir,
      configPath: settings.configPath,
    });
  } else {
    const result = await runAndReport({
      configPath: settings.configPath,
      cwd: settings.workspace,
      reportDir,
      failOn: settings.failOn,
      only: shard.targets,
      finishReport: shard.finishReport,
      hostEnv: settings.hostEnv,
      ...(stop && { signal: stop.signal, leftovers: stop.leftovers }),
      reporter: progressReporter((text) => process.stdout.write(text), false),
      ...(settings.emulator?.kind === 'endpoint' && { endpoint: settings.emulator.url }),
      ...(settings.emulator &&
        settings.emulator.kind !== 'endpoint' && { emulator: settings.emulator }),
      launchLocalEmu: () =>
        startLocalEmu({
          image: settings.localEmuImage,
          log: (l) => core.info(l),
          env: { ...settings.hostEnv },
        }),
    });
    report = result.report;
    core.info(renderTextSummary(report));
    await core.summary.addRaw(result.files['comment.md'].content).write();
  }
  const verdict = actionVerdict(report, {
    failOn: settings.failOn,
    ...(settings.minScore !== undefined && { minScore: settings.minScore }),
    lintOnlyFindings: 0,
  });
  setActionOutputs({
    score: verdict.score,
    unjustified: verdict.unjustified,
    findings: verdict.findings,
    reportDir: settings.reportDir,
  });
  finishStep(verdict.gate, []);
}
