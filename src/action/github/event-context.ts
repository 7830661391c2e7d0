/**
 * What the action needs from the event payload (GITHUB_EVENT_PATH), read defensively: the
 * payload is JSON from the runner, and a field GitHub leaves out must not crash the step.
 */
export interface PullRequestPayload {
  number?: number;
  pull_request?: {
    number: number;
    head: { sha: string; ref?: string; repo: { full_name: string; fork?: boolean } | null };
    base: { sha?: string; ref?: string; repo: { full_name: string } };
  };
  repository?: { full_name: string };
  workflow_run?: {
    id: number;
    event: string;
    head_sha: string;
    head_repository?: { full_name: string } | null;
    repository?: { full_name: string };
    pull_requests?: { number: number; head: { sha: string }; base: { repo?: { name?: string } } }[];
  };
  [key: string]: unknown;
}

export interface PullRequestContext {
  owner: string;
  repo: string;
  pullNumber: number;
  headSha: string;
  /** `owner/name` of the repository the head branch lives in. */
  headRepo: string;
  /** True when the head lives in another repository: its token is read-only. */
  fromFork: boolean;
}

/** The pull request of a pull_request payload, or undefined for other events. */
export function pullRequestContext(payload: PullRequestPayload): PullRequestContext | undefined {
  const pr = payload.pull_request;
  if (!pr) return undefined;
  const base = pr.base.repo.full_name;
  const [owner, repo] = base.split('/') as [string, string];
  // A deleted fork has head.repo null: still not the base repository.
  const headRepo = pr.head.repo?.full_name ?? '(deleted fork)';
  return {
    owner,
    repo,
    pullNumber: pr.number,
    headSha: pr.head.sha,
    headRepo,
    fromFork: isForkPullRequest(payload),
  };
}

/** Head repository differs from the base repository (GitHub's own definition of a fork PR). */
export function isForkPullRequest(payload: PullRequestPayload): boolean {
  const pr = payload.pull_request;
  if (!pr) return false;
  return pr.head.repo?.full_name !== pr.base.repo.full_name;
}
