/**
 * Real webhook payloads from @octokit/webhooks-examples (the examples GitHub's own docs show),
 * so tests read pull request numbers, repositories and head SHAs the way the action will.
 */
import { createRequire } from 'node:module';
import type { PullRequestPayload } from '../../src/action/github/event-context.js';

const require = createRequire(import.meta.url);

interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}

const definitions = require('@octokit/webhooks-examples') as WebhookDefinition[];

/** The first example of `event` (with `action`, when given), deep-copied so tests may edit it. */
export function webhookExample(event: string, action?: string): PullRequestPayload {
  const def = definitions.find((d) => d.name === event);
  const example = def?.examples.find((e) => action === undefined || e.action === action);
  if (!example)
    throw new Error(
      `no ${event}${action ? `.${action}` : ''} example in @octokit/webhooks-examples`,
    );
  return structuredClone(example) as PullRequestPayload;
}

/**
 * A fork's pull request: the package has no fork example, so the `opened` example with its
 * head repository renamed to another owner's (the only field GitHub changes for a fork).
 */
export function forkPullRequestExample(): PullRequestPayload {
  const payload = webhookExample('pull_request', 'opened');
  const head = payload.pull_request!.head as {
    label?: string;
    ref?: string;
    repo: { full_name: string; fork?: boolean; owner?: Record<string, unknown> } | null;
  };
  head.repo = {
    ...head.repo!,
    full_name: 'forker/Hello-World',
    fork: true,
    owner: { ...head.repo!.owner, login: 'forker' },
  };
  head.label = `forker:${head.ref}`;
  return payload;
}
