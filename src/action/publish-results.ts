import type { CommentMode } from './inputs.js';
import { describeGitHubError } from './github/api-error.js';
import type { ChangedFile } from './github/changed-files.js';
import { publishCheckRun, type CheckRunOutcome } from './github/check-run.js';
import type { GitHubClient, RepoRef } from './github/client.js';
import { annotationsFromReport, reviewItemsFromReport } from './github/report-items.js';
import { upsertStickyComment, type StickyResult } from './github/sticky-comment.js';
import { postSuggestionReview, type ReviewOutcome } from './github/suggestion-review.js';
import type { Annotation } from './github/workflow-commands.js';
import type { Report } from '../report/report-types.js';

/**
 * Posts one run's results to GitHub: the sticky comment, the review with one-click fixes and the
 * check run. Shared by the proof job (pull_request) and job 2 of the fork-safe workflow
 * (comment-from-artifact). Each post is independent: a permission failure (read-only token)
 * becomes a warning and the others still go out; any other failure is collected as one line
 * for the caller to fail the step with.
 */
export interface PublishInput {
  client: GitHubClient;
  repo: RepoRef;
  /** Undefined on push/schedule/workflow_dispatch: no comment, no review. */
  pullNumber?: number;
  headSha: string;
  /** Repo-relative config path: names the comment marker and the check run. */
  configPath: string;
  commentMarkdown: string;
  comment: CommentMode;
  report: Report;
  /** Annotations beyond the report's rows (lint-only policy files). */
  extraAnnotations: Annotation[];
  /** The pull request's files with their patches (review lines must be in the diff). */
  files: ChangedFile[];
  readFile: (repoPath: string) => string | undefined;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  detailsUrl?: string;
  warn: (line: string) => void;
  info: (line: string) => void;
  /** Where fallback workflow commands go (the step's stdout). */
  writeCommand: (line: string) => void;
}

export interface PublishOutcome {
  comment?: StickyResult;
  review?: ReviewOutcome;
  checkRun?: CheckRunOutcome;
  /** One line per post that failed for a reason other than permissions. */
  failures: string[];
}

export async function publishResults(input: PublishInput): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { failures: [] };
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (error) {
      const failure = describeGitHubError(error);
      if (failure.permission) input.warn(`${what} skipped: ${failure.message}`);
      else outcome.failures.push(`${what} failed: ${failure.message}`);
      return undefined;
    }
  };
  if (input.pullNumber !== undefined && input.comment !== 'off') {
    const pr = { ...input.repo, issueNumber: input.pullNumber, configPath: input.configPath };
    outcome.comment = await attempt('sticky comment', () =>
      upsertStickyComment(
        input.client,
        pr,
        input.commentMarkdown,
        input.comment === 'on-change' ? 'on-change' : 'always',
      ),
    );
    if (outcome.comment)
      input.info(`Sticky comment ${outcome.comment.action}: ${outcome.comment.url ?? ''}`);
    outcome.review = await attempt('review with suggestions', () =>
      postSuggestionReview(
        input.client,
        {
          ...input.repo,
          pullNumber: input.pullNumber!,
          headSha: input.headSha,
          configPath: input.configPath,
        },
        reviewItemsFromReport(input.report),
        input.files,
        input.readFile,
      ),
    );
    if (outcome.review) {
      input.info(
        `Review: ${outcome.review.posted.length} comment(s) on the diff, ${outcome.review.skipped.length} outside it, ${outcome.review.deleted} earlier one(s) replaced`,
      );
    }
  }
  const annotations = [
    ...annotationsFromReport(input.report, input.readFile),
    ...input.extraAnnotations,
  ];
  outcome.checkRun = await attempt('check run', () =>
    publishCheckRun(
      input.client,
      {
        ...input.repo,
        headSha: input.headSha,
        configPath: input.configPath,
        conclusion: input.conclusion,
        title: input.title,
        summary: input.commentMarkdown,
        annotations,
        ...(input.detailsUrl && { detailsUrl: input.detailsUrl }),
      },
      input.writeCommand,
    ),
  );
  if (outcome.checkRun?.kind === 'workflow-commands') {
    input.warn(
      `check run not created (${outcome.checkRun.reason}); ${outcome.checkRun.lines} annotation(s) written as workflow commands`,
    );
  }
  return outcome;
}
