import * as core from '@actions/core';
import path from 'node:path';
import { ExitCode } from '../common/errors.js';
import { renderComment } from '../report/comment-markdown.js';
import { actionVerdict, checkConclusion, checkTitle } from './gate-and-outputs.js';
import { describeGitHubError } from './github/api-error.js';
import { listChangedFiles } from './github/changed-files.js';
import { createGitHubClient } from './github/client.js';
import { workflowRunContext, type PullRequestPayload } from './github/event-context.js';
import { readFileAtCommit } from './github/file-at-commit.js';
import { readReportArtifact, verifyArtifactPullRequest } from './github/report-artifact.js';
import { ActionInputError, type ActionSettings } from './inputs.js';
import { publishResults } from './publish-results.js';
import { finishStep, setActionOutputs } from './step-result.js';
import { GitHubStepError } from './run-proof.js';

/**
 * Job 2 of the fork-safe workflow (docs/github-action.md): on `workflow_run`, read report.json
 * and the context job 1 uploaded, check that the pull request it names is at the commit the
 * triggering run built, then post the comment, review and check run. No pull request code is
 * checked out or run here: the policy text comes from the contents API at the head commit.
 */
export async function commentFromArtifact(
  settings: ActionSettings,
  payload: PullRequestPayload,
): Promise<void> {
  const run = workflowRunContext(payload);
  if (!run) {
    throw new ActionInputError(
      `mode 'comment-from-artifact' runs on workflow_run events (this is '${settings.eventName || 'unknown'}'); see docs/github-action.md`,
    );
  }
  if (!settings.githubToken) {
    throw new ActionInputError(`mode 'comment-from-artifact' needs github-token to post`);
  }
  const dir = path.resolve(settings.workspace, settings.reportDir);
  const { report, context } = readReportArtifact(dir);
  const client = createGitHubClient({
    token: settings.githubToken,
    baseUrl: settings.apiUrl,
    log: (line) => core.warning(line),
  });
  const repo = { owner: run.owner, repo: run.repo };
  const configPath = context.configPath.slice(0, 200);
  try {
    const mismatch = await verifyArtifactPullRequest(client, repo, context, run.headSha);
    if (mismatch) {
      core.setFailed(`iam-mutate: refusing the artifact: ${mismatch}`);
      process.exitCode = ExitCode.badInput;
      return;
    }
    const changed = await listChangedFiles(client, { ...repo, pullNumber: context.pullNumber });
    const wanted = new Set(report.targets.map((t) => t.policy.replace(/^(\.\/)+/, '')));
    const sources = new Map<string, string>();
    for (const p of wanted) {
      const text = await readFileAtCommit(client, repo, p, context.headSha);
      if (text !== undefined) sources.set(p, text);
    }
    const readFile = (p: string) => sources.get(p);
    // Rendered here from report.json, not taken from job 1's comment.md: markdown written next
    // to untrusted code is not posted under the bot's name verbatim.
    const policySources = Object.fromEntries(
      report.targets.flatMap((t) => {
        const text = sources.get(t.policy.replace(/^(\.\/)+/, ''));
        return text === undefined ? [] : [[t.policy, text]];
      }),
    );
    const commentMarkdown = renderComment(report, {
      configPath,
      policySources,
      ...(settings.runUrl && { reportUrl: settings.runUrl }),
    });
    await core.summary.addRaw(commentMarkdown).write();
    const verdict = actionVerdict(report, {
      failOn: settings.failOn,
      ...(settings.minScore !== undefined && { minScore: settings.minScore }),
      lintOnlyFindings: 0,
    });
    const outcome = await publishResults({
      client,
      repo,
      pullNumber: context.pullNumber,
      headSha: context.headSha,
      configPath,
      commentMarkdown,
      comment: settings.comment,
      report,
      extraAnnotations: [],
      files: changed.files,
      readFile,
      conclusion: checkConclusion(verdict.gate),
      title: checkTitle(verdict),
      ...(settings.runUrl && { detailsUrl: settings.runUrl }),
      warn: (l) => core.warning(l),
      info: (l) => core.info(l),
      writeCommand: (l) => process.stdout.write(`${l}\n`),
    });
    setActionOutputs({
      score: verdict.score,
      unjustified: verdict.unjustified,
      findings: verdict.findings,
      reportDir: settings.reportDir,
      ...(outcome.comment?.url && { commentUrl: outcome.comment.url }),
    });
    finishStep(verdict.gate, outcome.failures);
  } catch (error) {
    if (error instanceof GitHubStepError || !(error as { status?: unknown }).status) throw error;
    throw new GitHubStepError(describeGitHubError(error).message);
  }
}
