/**
 * Turns an octokit failure into one line a workflow log reader understands, and tells the
 * permission failures (a fork's read-only token, a missing `permissions:` entry) apart so
 * callers can fall back instead of failing the run.
 */
export interface GitHubFailure {
  /** HTTP status, or 0 when the request never got an answer. */
  status: number;
  /** 403/404 from a token without the write scope: callers fall back, never fail. */
  permission: boolean;
  /** One line, no stack: `GitHub API POST /repos/o/r/check-runs failed: 500 ... (after 3 retries)`. */
  message: string;
}

interface OctokitLikeError {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string; request?: { retryCount?: number } };
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

export function describeGitHubError(error: unknown, what?: string): GitHubFailure {
  const e = (error ?? {}) as OctokitLikeError;
  const status = typeof e.status === 'number' ? e.status : 0;
  const method = e.request?.method ?? '';
  const url = e.request?.url ? pathOf(e.request.url) : '';
  const where = what ?? [method, url].filter(Boolean).join(' ');
  const apiMessage = messageFrom(e.response?.data) ?? firstLine(e.message) ?? String(error);
  const retries = e.request?.request?.retryCount ?? 0;
  const permission = status === 403 || status === 404;
  const hint =
    status === 403 || status === 404
      ? ' (the token lacks the permission: fork pull requests get a read-only token; see docs/github-action.md)'
      : status === 401
        ? ' (the token is invalid or expired)'
        : '';
  const retried = retries > 0 ? ` (after ${retries} ${retries === 1 ? 'retry' : 'retries'})` : '';
  return {
    status,
    permission,
    message: `GitHub API ${where || 'request'} failed: ${status || 'no response'} ${apiMessage}${retried}${hint}`,
  };
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

function messageFrom(data: unknown): string | undefined {
  if (data && typeof data === 'object' && 'message' in data) {
    const m = (data as { message: unknown }).message;
    if (typeof m === 'string' && m) return firstLine(m);
  }
  return undefined;
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split('\n', 1)[0]?.trim() || undefined;
}
