import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

/** The octokit REST client every GitHub building block takes (getOctokit plus retry and throttling). */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** Which repository and pull request a building block works on. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export interface ClientOptions {
  token: string;
  /** REST API root; the runner sets GITHUB_API_URL (GHES, or the local server in tests). */
  baseUrl: string;
  /** Where retry and rate-limit notices go (one line each); the action passes core.warning. */
  log?: (line: string) => void;
  /** How many times a 5xx is retried (plugin-retry's default is 3). */
  retries?: number;
  /**
   * Milliseconds per unit of the plugins' back-off (1000 in production: GitHub's retry-after is
   * in seconds). Tests pass 1 so a retried 500 or a rate limit does not sleep.
   */
  backoffUnitMs?: number;
  /**
   * Spacing between write requests. GitHub asks integrations to space content-creating
   * requests (1 s, 3 s for ones that notify); tests pass 0.
   */
  writeSpacing?: { writeMs: number; notifyMs: number };
  /** How many rate-limit waits a request may take before it fails. */
  rateLimitRetries?: number;
}

/**
 * The client: `getOctokit` from @actions/github (the runner's proxy settings apply) with
 * plugin-retry (5xx retried with quadratic back-off; 4xx never) and plugin-throttling (primary
 * and secondary rate limits waited out, writes spaced).
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? (() => undefined);
  const unit = options.backoffUnitMs ?? 1000;
  const spacing = options.writeSpacing ?? { writeMs: 1000, notifyMs: 3000 };
  const maxRateLimitRetries = options.rateLimitRetries ?? 2;
  // Our own limiter groups: the plugin's defaults are module-global and fixed at 1 s / 3 s.
  const write = new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.writeMs });
  const notifications = new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.notifyMs });
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      const again = count < maxRateLimitRetries;
      log(
        `GitHub ${kind} on ${request.method} ${request.url}: ${again ? `waiting ${retryAfter} s and retrying` : 'giving up'}`,
      );
      return again;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
      // 429 belongs to the throttling plugin, which honours retry-after.
      retry: {
        retries: options.retries ?? 3,
        retryAfterBaseValue: unit,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        retryAfterBaseValue: unit,
        write,
        notifications,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}

/** The API root the runner gives the step (GHES sets it too); github.com otherwise. */
export function apiUrlFromEnv(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_API_URL || 'https://api.github.com';
}
