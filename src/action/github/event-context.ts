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

/**
 * True when the token this event gets cannot write: a pull_request from a fork (GitHub gives
 * it a read-only GITHUB_TOKEN whatever `permissions:` says). Permission failures on other
 * events are still caught per request (describeGitHubError(...).permission).
 */
export function tokenIsReadOnly(eventName: string, payload: PullRequestPayload): boolean {
  return eventName === 'pull_request' && isForkPullRequest(payload);
}

/** The triggering run of a `workflow_run` event (job 2 of the two-job pattern). */
export function workflowRunContext(
  payload: PullRequestPayload,
): { runId: number; headSha: string; event: string; owner: string; repo: string } | undefined {
  const run = payload.workflow_run;
  const full = run?.repository?.full_name ?? payload.repository?.full_name;
  if (!run || !full) return undefined;
  const [owner, repo] = full.split('/') as [string, string];
  return { runId: run.id, headSha: run.head_sha, event: run.event, owner, repo };
}
