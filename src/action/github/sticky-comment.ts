import type { GitHubClient, RepoRef } from './client.js';
import { stickyCommentMarker } from './markers.js';

/** GitHub rejects issue comment bodies longer than this (characters). */
export const COMMENT_BODY_LIMIT = 65536;

/** `always`: update on every run; `on-change`: leave the comment alone when the body is the same. */
export type CommentMode = 'always' | 'on-change';

export interface StickyTarget extends RepoRef {
  /** The pull request (issue) number. */
  issueNumber: number;
  /** Config path as written (repo-relative): one sticky comment per config. */
  configPath: string;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged' | 'deleted' | 'resolved' | 'absent';
  commentId?: number;
  url?: string;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  user: { type?: string } | null;
}

/** Our comments on the pull request, oldest first (bots first, so a human quoting the marker is ignored). */
async function findOurComments(client: GitHubClient, t: StickyTarget): Promise<IssueComment[]> {
  const marker = stickyCommentMarker(t.configPath);
  const all = (await client.paginate(client.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  })) as IssueComment[];
  const ours = all.filter((c) => c.body?.includes(marker));
  const bots = ours.filter((c) => c.user?.type === 'Bot');
  return bots.length ? bots : ours;
}

/** The body with our marker first, cut to GitHub's limit as a last resort (the renderer degrades first). */
export function stickyBody(markdown: string, configPath: string): string {
  const marker = stickyCommentMarker(configPath);
  const body = markdown.includes(marker) ? markdown : `${marker}\n${markdown}`;
  if (body.length <= COMMENT_BODY_LIMIT) return body;
  const note =
    '\n\n_… cut to fit GitHub’s comment limit; the full report is in the job summary and the report artifact._\n';
  return body.slice(0, COMMENT_BODY_LIMIT - note.length) + note;
}

/**
 * Creates the sticky comment or updates it in place; duplicates (two runs racing) are deleted
 * so exactly one remains.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: StickyTarget,
  markdown: string,
  mode: CommentMode = 'always',
): Promise<StickyResult> {
  const body = stickyBody(markdown, target.configPath);
  const [first, ...duplicates] = await findOurComments(client, target);
  for (const d of duplicates) {
    await client.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: d.id,
    });
  }
  if (!first) {
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body,
    });
    return { action: 'created', commentId: data.id, url: data.html_url };
  }
  if (mode === 'on-change' && first.body === body) {
    return { action: 'unchanged', commentId: first.id, url: first.html_url };
  }
  const { data } = await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: first.id,
    body,
  });
  return { action: 'updated', commentId: data.id, url: data.html_url };
}

/**
 * The pull request no longer touches a policy: delete our comment, or (`resolve`) replace its
 * body with a short note so the conversation keeps its history.
 */
export async function retireStickyComment(
  client: GitHubClient,
  target: StickyTarget,
  how: 'delete' | 'resolve' = 'delete',
  note = 'This pull request no longer changes an IAM policy or its workload; nothing to prove.',
): Promise<StickyResult> {
  const ours = await findOurComments(client, target);
  if (ours.length === 0) return { action: 'absent' };
  if (how === 'delete') {
    for (const c of ours) {
      await client.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: c.id,
      });
    }
    return { action: 'deleted' };
  }
  const [first, ...rest] = ours;
  for (const c of rest) {
    await client.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: c.id,
    });
  }
  const body = stickyBody(`### iam-mutate\n\n✅ ${note}\n`, target.configPath);
  if (first!.body !== body) {
    await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: first!.id,
      body,
    });
  }
  return { action: 'resolved', commentId: first!.id, url: first!.html_url };
}
