import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { loadConfigFile } from '../app/load-config-file.js';
import { runAndReport, writeReports } from '../app/run-and-report.js';
import type { IamMutateConfig } from '../mutate/config/config-types.js';
import type { Report } from '../report/report-types.js';
import { renderTextSummary } from '../report/text-summary.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { actionVerdict, checkConclusion, checkTitle } from './gate-and-outputs.js';
import { describeGitHubError } from './github/api-error.js';
import { listChangedFiles, type ChangedFiles } from './github/changed-files.js';
import { createGitHubClient, type GitHubClient } from './github/client.js';
import {
  pullRequestContext,
  tokenIsReadOnly,
  type PullRequestPayload,
} from './github/event-context.js';
import { annotationsFromReport } from './github/report-items.js';
import { ARTIFACT_CONTEXT_FILE, artifactContextJson } from './github/report-artifact.js';
import { listRepositoryFiles } from './github/repository-files.js';
import { eventKind, selectTargets, type SelectableTarget } from './github/select-targets.js';
import { retireStickyComment } from './github/sticky-comment.js';
import { workflowCommand } from './github/workflow-commands.js';
import type { ActionSettings } from './inputs.js';
import { lintChangedPolicies, lintOnlyMarkdown } from './lint-changed-policies.js';
import { startLocalEmu } from './localemu.js';
import { finishStep, setActionOutputs } from './step-result.js';
import { publishResults } from './publish-results.js';
import { progressReporter } from '../app/progress-reporter.js';

/**
 * Job 1 (and the only job for same-repository pull requests, pushes and schedules): pick the
 * targets the event touches, prove them, write every report file, then post what the token
 * allows and apply the gate.
 */
export async function runProof(
  settings: ActionSettings,
  payload: PullRequestPayload,
  /** The runner's cancel (SIGINT, then SIGTERM): see src/app/stop-on-signals.ts. */
  stop?: { signal: AbortSignal; leftovers: Set<string> },
): Promise<void> {
  const workspace = settings.workspace;
  const readFile = (repoPath: string): string | undefined => {
    try {
      return readFileSync(path.resolve(workspace, repoPath), 'utf8');
    } catch {
      return undefined;
    }
  };
  const configRel = repoRelative(settings.configPath);
  const config = loadConfigOrPolicies(settings);
  const pr =
    eventKind(settings.eventName) === 'pull_request' ? pullRequestContext(payload) : undefined;
  const readOnly = tokenIsReadOnly(settings.eventName, payload) || !settings.githubToken;
  const client = settings.githubToken ? githubClient(settings) : undefined;

  let changed: ChangedFiles | undefined;
  if (pr && client) {
    try {
      changed = await listChangedFiles(client, {
        owner: pr.owner,
        repo: pr.repo,
        pullNumber: pr.pullNumber,
      });
    } catch (error) {
      const failure = describeGitHubError(error, 'listing the pull request files');
      if (!failure.permission) throw new GitHubStepError(failure.message);
      core.warning(`${failure.message}; running every target`);
    }
  }
  const selected = selectTargets({
    event: eventKind(settings.eventName),
    ...(changed && settings.changedOnly && { changed }),
    ...(config && { configPath: configRel }),
    ...(config?.setup && { setupScript: repoRelative(path.relative(workspace, config.setup)) }),
    targets: config ? selectableTargets(config, workspace) : [],
    policyGlobs: settings.policies,
    ...(settings.policies.length > 0 && { repoFiles: listRepositoryFiles(workspace) }),
    readFile,
  });
  const selection = settings.changedOnly
    ? selected
    : {
        ...selected,
        reasons: Object.fromEntries(
          selected.targets.map((t) => [t, 'changed-only: false runs every target']),
        ),
      };
  for (const [policy, why] of Object.entries(selection.reasons)) core.info(`${policy}: ${why}`);

  if (!selection.relevant) {
    core.info(
      'iam-mutate: this change touches no policy, workload, config or setup script; nothing to prove.',
    );
    await core.summary
      .addHeading('iam-mutate', 3)
      .addRaw('Nothing to prove: this change touches no IAM policy or its workload.\n')
      .write();
    setActionOutputs({ score: null, unjustified: 0, findings: 0, reportDir: settings.reportDir });
    if (pr && client && !readOnly && settings.comment !== 'off') {
      try {
        const retired = await retireStickyComment(client, {
          owner: pr.owner,
          repo: pr.repo,
          issueNumber: pr.pullNumber,
          configPath: configRel,
        });
        if (retired.action !== 'absent')
          core.info(
            `Sticky comment ${retired.action}: the pull request no longer touches a policy`,
          );
      } catch (error) {
        const failure = describeGitHubError(error, 'retiring the sticky comment');
        if (failure.permission) core.warning(failure.message);
        else throw new GitHubStepError(failure.message);
      }
    }
    return;
  }

  const reportDir = path.resolve(workspace, settings.reportDir);
  let report: Report;
  let commentMarkdown: string;
  if (config && selection.targets.length > 0) {
    const launchLocalEmu = () =>
      startLocalEmu({
        image: settings.localEmuImage,
        log: (l) => core.info(l),
        env: { ...settings.hostEnv },
      });
    const result = await runAndReport({
      configPath: settings.configPath,
      cwd: workspace,
      reportDir,
      failOn: settings.failOn,
      only: selection.targets,
      hostEnv: settings.hostEnv,
      reporter: progressReporter((text) => process.stdout.write(text), false),
      ...(settings.runUrl && { reportUrl: settings.runUrl }),
      ...(settings.emulator?.kind === 'endpoint' && { endpoint: settings.emulator.url }),
      ...(settings.emulator &&
        settings.emulator.kind !== 'endpoint' && { emulator: settings.emulator }),
      launchLocalEmu,
      ...(stop && { signal: stop.signal, leftovers: stop.leftovers }),
    });
    report = result.report;
    core.info(renderTextSummary(report));
    commentMarkdown = result.files['comment.md'].content;
  } else {
    // Only lint-only files changed: an empty proof, every report file still written.
    report = { schemaVersion: 1, tool: { name: TOOL_NAME, version: VERSION }, targets: [] };
    const files = await writeReports(report, {
      rootDir: workspace,
      reportDir,
      configPath: configRel,
    });
    commentMarkdown = files['comment.md'].content;
  }

  const lint = lintChangedPolicies(selection.lintOnly, readFile);
  if (selection.lintOnly.length > 0) {
    commentMarkdown += lintOnlyMarkdown(selection.lintOnly, lint);
    await writeFile(
      path.join(reportDir, 'lint-results.sarif'),
      `${JSON.stringify(lint.sarif, null, 2)}\n`,
    );
  }
  if (pr) {
    // Job 2 of the fork-safe workflow reads this next to report.json (docs/github-action.md).
    await writeFile(
      path.join(reportDir, ARTIFACT_CONTEXT_FILE),
      artifactContextJson({
        pullNumber: pr.pullNumber,
        headSha: pr.headSha,
        configPath: configRel,
      }),
    );
  }
  await core.summary.addRaw(commentMarkdown).write();

  const verdict = actionVerdict(report, {
    failOn: settings.failOn,
    ...(settings.minScore !== undefined && { minScore: settings.minScore }),
    lintOnlyFindings: lint.findings.filter((f) => !f.suppressed).length,
  });
  const headSha = pr?.headSha ?? settings.sha;
  const failures: string[] = [];
  let commentUrl: string | undefined;
  if (client && !readOnly && headSha) {
    const outcome = await publishResults({
      client,
      repo: {
        owner: pr?.owner ?? repoOf(payload, settings)[0],
        repo: pr?.repo ?? repoOf(payload, settings)[1],
      },
      ...(pr && { pullNumber: pr.pullNumber }),
      headSha,
      configPath: configRel,
      commentMarkdown,
      comment: settings.comment,
      report,
      extraAnnotations: lint.annotations,
      files: changed?.files ?? [],
      readFile,
      conclusion: checkConclusion(verdict.gate),
      title: checkTitle(verdict),
      ...(settings.runUrl && { detailsUrl: settings.runUrl }),
      warn: (l) => core.warning(l),
      info: (l) => core.info(l),
      writeCommand: (l) => process.stdout.write(`${l}\n`),
    });
    commentUrl = outcome.comment?.url;
    failures.push(...outcome.failures);
  } else {
    if (pr) {
      core.notice(
        'iam-mutate: the token is read-only (a fork pull request, or no github-token), so nothing is posted; the job summary, SARIF and report files are written. To comment on fork pull requests use the two-job workflow in docs/github-action.md.',
      );
    }
    for (const a of [...annotationsFromReport(report, readFile), ...lint.annotations]) {
      process.stdout.write(`${workflowCommand(a)}\n`);
    }
  }
  setActionOutputs({
    score: verdict.score,
    unjustified: verdict.unjustified,
    findings: verdict.findings,
    reportDir: settings.reportDir,
    ...(commentUrl && { commentUrl }),
  });
  finishStep(verdict.gate, failures);
}

/** A GitHub API failure that is not about permissions: the step fails with this one line. */
export class GitHubStepError extends Error {}

function githubClient(settings: ActionSettings): GitHubClient {
  return createGitHubClient({
    token: settings.githubToken,
    baseUrl: settings.apiUrl,
    log: (line) => core.warning(line),
  });
}

/** The config, or undefined when only `policies` globs are given and no config file exists. */
function loadConfigOrPolicies(settings: ActionSettings): IamMutateConfig | undefined {
  const exists = existsSync(path.resolve(settings.workspace, settings.configPath));
  if (!exists && !settings.configExplicit && settings.policies.length > 0) return undefined;
  return loadConfigFile(settings.configPath, settings.workspace);
}

/**
 * What may change a target's workload: the directories of the config, the setup script and the
 * payload (a Lambda's code sits next to the script that deploys it).
 */
function selectableTargets(config: IamMutateConfig, workspace: string): SelectableTarget[] {
  const rel = (abs: string) => repoRelative(path.relative(workspace, abs));
  const shared = [path.posix.dirname(rel(config.file))];
  if (config.setup) shared.push(path.posix.dirname(rel(config.setup)));
  return config.targets.map((t) => {
    const own =
      t.workload.kind === 'lambda' && t.workload.payloadFile
        ? [path.posix.dirname(rel(path.resolve(config.rootDir, t.workload.payloadFile)))]
        : [];
    return { policy: t.policy, workloadPaths: [...new Set([...shared, ...own])] };
  });
}

function repoRelative(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function repoOf(payload: PullRequestPayload, settings: ActionSettings): [string, string] {
  const full = payload.repository?.full_name ?? settings.repository ?? '/';
  return full.split('/') as [string, string];
}
