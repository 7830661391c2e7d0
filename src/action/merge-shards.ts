import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { writeReports } from '../app/run-and-report.js';
import { rememberTimings } from '../app/run-plan-timed.js';
import { renderTextSummary } from '../report/text-summary.js';
import { mergeShardReports, targetDurations } from '../shard/merge-shard-reports.js';
import { readShardReports } from '../shard/read-shard-reports.js';
import { actionVerdict, checkConclusion, checkTitle } from './gate-and-outputs.js';
import { describeGitHubError } from './github/api-error.js';
import { listChangedFiles, type ChangedFiles } from './github/changed-files.js';
import { createGitHubClient } from './github/client.js';
import {
  pullRequestContext,
  tokenIsReadOnly,
  type PullRequestPayload,
} from './github/event-context.js';
import { annotationsFromReport } from './github/report-items.js';
import { ARTIFACT_CONTEXT_FILE, artifactContextJson } from './github/report-artifact.js';
import { workflowCommand } from './github/workflow-commands.js';
import type { ActionSettings } from './inputs.js';
import { publishResults } from './publish-results.js';
import { GitHubStepError } from './run-proof.js';
import { finishStep, setActionOutputs } from './step-result.js';

/**
 * `mode: merge`, the last job of the sharded workflow (docs/github-action.md): read every
 * shard's report.json from `shard-reports` (the downloaded artifacts), merge them
 * (src/shard/merge-shard-reports.ts: a missing shard's targets become error rows), write every
 * report file to `report-dir`, then post the one sticky comment, review and check run and apply
 * the gate, exactly as a single `mode: run` job would. Nothing is run here.
 */
export async function mergeShards(
  settings: ActionSettings,
  payload: PullRequestPayload,
): Promise<void> {
  const workspace = settings.workspace;
  const shardDir = path.resolve(workspace, settings.shardReports);
  const shards = readShardReports([shardDir], workspace);
  const report = mergeShardReports(shards);
  const meta = report.shard!;
  const missing = meta.shards!.filter((s) => s.status === 'missing');
  core.info(
    `iam-mutate: merged ${shards.length} of ${meta.count} shard report(s) from ${settings.shardReports}` +
      (missing.length > 0
        ? `; missing: ${missing.map((s) => `${s.index}/${meta.count}`).join(', ')}`
        : ''),
  );
  const configRel = meta.config.replace(/^(\.\/)+/, '');
  const reportDir = path.resolve(workspace, settings.reportDir);
  const files = await writeReports(report, {
    rootDir: workspace,
    reportDir,
    configPath: configRel,
    ...(settings.runUrl && { reportUrl: settings.runUrl }),
  });
  // The next plan job balances by these when it restores this job's .iam-mutate-cache.
  rememberTimings(workspace, targetDurations(report));
  core.info(renderTextSummary(report));
  const commentMarkdown = files['comment.md'].content;

  const pr = settings.eventName === 'pull_request' ? pullRequestContext(payload) : undefined;
  if (pr) {
    // As in mode run: a fork-safe `comment-from-artifact` job can post the merged report.
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
    lintOnlyFindings: 0,
  });
  const readFile = (repoPath: string): string | undefined => {
    try {
      return readFileSync(path.resolve(workspace, repoPath), 'utf8');
    } catch {
      return undefined;
    }
  };
  const readOnly = tokenIsReadOnly(settings.eventName, payload) || !settings.githubToken;
  const headSha = pr?.headSha ?? settings.sha;
  const failures: string[] = [];
  let commentUrl: string | undefined;
  if (!readOnly && headSha) {
    const client = createGitHubClient({
      token: settings.githubToken,
      baseUrl: settings.apiUrl,
      log: (line) => core.warning(line),
    });
    const [owner, repo] = (
      pr ? `${pr.owner}/${pr.repo}` : (payload.repository?.full_name ?? settings.repository ?? '/')
    ).split('/') as [string, string];
    let changed: ChangedFiles | undefined;
    if (pr) {
      try {
        changed = await listChangedFiles(client, { owner, repo, pullNumber: pr.pullNumber });
      } catch (error) {
        const failure = describeGitHubError(error, 'listing the pull request files');
        if (!failure.permission) throw new GitHubStepError(failure.message);
        core.warning(`${failure.message}; the review gets no suggestions`);
      }
    }
    const outcome = await publishResults({
      client,
      repo: { owner, repo },
      ...(pr && { pullNumber: pr.pullNumber }),
      headSha,
      configPath: configRel,
      commentMarkdown,
      comment: settings.comment,
      report,
      extraAnnotations: [],
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
        'iam-mutate: the token is read-only (a fork pull request, or no github-token), so nothing is posted; the merged report files are written. To comment on fork pull requests use the two-job workflow in docs/github-action.md.',
      );
    }
    for (const a of annotationsFromReport(report, readFile)) {
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
