import type { ChangedFile } from './changed-files.js';
import type { GitHubClient, RepoRef } from './client.js';
import { reviewRange } from './diff-lines.js';
import { reviewCommentMarker } from './markers.js';
import { statementLineRanges, suggestStatementChange } from './statement-suggestion.js';

/** One statement the review talks about (built by the caller from a report row). */
export interface ReviewItem {
  /** Policy path relative to the repository root (as the files API names it). */
  path: string;
  /** Index of the statement in the policy's `Statement`. */
  index: number;
  sid: string | null;
  /** Markdown explaining the verdict, e.g. "**Unjustified**: never used by the workload". */
  message: string;
  /**
   * The one-click fix: the narrowed statement, null to remove it, undefined for a comment
   * without a suggestion. Only verified suggestions should be passed.
   */
  fix?: Record<string, unknown> | null;
}

export interface PostedItem {
  item: ReviewItem;
  startLine: number;
  line: number;
  suggested: boolean;
}

export interface ReviewOutcome {
  reviewId?: number;
  posted: PostedItem[];
  /** Items that could not be placed on the diff, with why; the sticky comment lists them. */
  skipped: { item: ReviewItem; reason: string }[];
  /** How many earlier review comments of ours were deleted. */
  deleted: number;
}

export interface ReviewTarget extends RepoRef {
  pullNumber: number;
  /** The head commit the comments are anchored to (pull_request.head.sha). */
  headSha: string;
  configPath: string;
}

/**
 * Builds the review comments: each item on its statement's lines in the new file, with a
 * ```suggestion block when it has a fix. Pure, so the mapping is testable without a server.
 */
export function planReviewComments(
  items: ReviewItem[],
  files: ChangedFile[],
  readFile: (repoPath: string) => string | undefined,
  configPath: string,
): {
  comments: {
    path: string;
    body: string;
    line: number;
    side: 'RIGHT';
    start_line?: number;
    start_side?: 'RIGHT';
  }[];
  posted: PostedItem[];
  skipped: ReviewOutcome['skipped'];
} {
  const marker = reviewCommentMarker(configPath);
  const comments: ReturnType<typeof planReviewComments>['comments'] = [];
  const posted: PostedItem[] = [];
  const skipped: ReviewOutcome['skipped'] = [];
  for (const item of items) {
    const file = files.find((f) => f.path === item.path && f.status !== 'removed');
    const text = readFile(item.path);
    if (!file || text === undefined) {
      skipped.push({ item, reason: 'the policy file is not part of this pull request' });
      continue;
    }
    let start: number;
    let end: number;
    let suggestion: string | undefined;
    if (item.fix !== undefined) {
      const s = suggestStatementChange(text, item.index, item.fix);
      if ('skipped' in s) {
        skipped.push({ item, reason: s.skipped });
        continue;
      }
      start = s.startLine;
      end = s.endLine;
      suggestion = s.replacement;
    } else {
      const range = statementLineRanges(text)[item.index];
      if (!range) {
        skipped.push({ item, reason: `statement ${item.index} not found in the file` });
        continue;
      }
      start = range.startLine;
      end = range.endLine;
    }
    const range = reviewRange(file.patch, start, end);
    if (!range) {
      skipped.push({ item, reason: `lines ${start}-${end} are outside the diff` });
      continue;
    }
    const body = [
      marker,
      item.message,
      ...(suggestion !== undefined ? ['', suggestionBlock(suggestion)] : []),
    ].join('\n');
    comments.push({
      path: item.path,
      body,
      line: range.line,
      side: 'RIGHT',
      ...(range.startLine !== undefined && {
        start_line: range.startLine,
        start_side: 'RIGHT' as const,
      }),
    });
    posted.push({ item, startLine: start, line: end, suggested: suggestion !== undefined });
  }
  return { comments, posted, skipped };
}

/** A suggestion fence longer than any backtick run in the text, so policy text cannot close it. */
export function suggestionBlock(replacement: string): string {
  const longest = Math.max(2, ...[...replacement.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}suggestion\n${replacement}${replacement === '' ? '' : '\n'}${fence}`;
}

/**
 * Deletes our earlier review comments on the pull request (found by the marker), then posts
 * one review with the new ones. Nothing to say: no review.
 */
export async function postSuggestionReview(
  client: GitHubClient,
  target: ReviewTarget,
  items: ReviewItem[],
  files: ChangedFile[],
  readFile: (repoPath: string) => string | undefined,
  summary = 'iam-mutate: suggested fixes for the statements the workload does not need.',
): Promise<ReviewOutcome> {
  const marker = reviewCommentMarker(target.configPath);
  const existing = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    per_page: 100,
  });
  let deleted = 0;
  for (const c of existing) {
    if (!c.body.includes(marker)) continue;
    await client.rest.pulls.deleteReviewComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: c.id,
    });
    deleted++;
  }
  const plan = planReviewComments(items, files, readFile, target.configPath);
  if (plan.comments.length === 0) return { posted: [], skipped: plan.skipped, deleted };
  const { data } = await client.rest.pulls.createReview({
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    commit_id: target.headSha,
    event: 'COMMENT',
    body: `${marker}\n${summary}`,
    comments: plan.comments,
  });
  return { reviewId: data.id, posted: plan.posted, skipped: plan.skipped, deleted };
}
