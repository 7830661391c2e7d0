import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeGitHubError } from '../../../src/action/github/api-error.js';
import { createGitHubClient } from '../../../src/action/github/client.js';
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js';

describe('GitHub client (octokit with retry and throttling) against the local API server', () => {
  let gh: GitHubApiServer;
  before(async () => {
    gh = await startGitHubApiServer();
    gh.pulls.set(1, { files: [], headSha: 'abc' });
  });
  after(() => gh.close());
  const client = (token = 'test-write-token', log: string[] = []) =>
    createGitHubClient({
      token,
      baseUrl: `${gh.url}/`,
      backoffUnitMs: 1,
      writeSpacing: { writeMs: 0, notifyMs: 0 },
      log: (l) => log.push(l),
    });

  it('retries a 500 and succeeds when the server recovers', async () => {
    gh.inject({ method: 'GET', path: /\/issues\/1\/comments$/, status: 500, times: 2 });
    const before = gh.requests.length;
    const res = await client().rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 });
    assert.equal(res.status, 200);
    assert.equal(gh.requests.length - before, 3);
  });

  it('reports a persistent 500 in one line after the retries', async () => {
    const withdraw = gh.inject({
      path: /\/issues\/1\/comments$/,
      status: 502,
      times: Infinity,
      body: { message: 'Server Error' },
    });
    try {
      const error = await client()
        .rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      const failure = describeGitHubError(error);
      assert.equal(failure.status, 502);
      assert.equal(failure.permission, false);
      assert.equal(
        failure.message,
        'GitHub API POST /repos/o/r/issues/1/comments failed: 502 Server Error (after 3 retries)',
      );
      assert.ok(!failure.message.includes('\n'));
    } finally {
      withdraw();
    }
  });

  it('does not retry a 403 from a read-only token and says why', async () => {
    const before = gh.requests.length;
    const error = await client('test-read-token')
      .rest.checks.create({ owner: 'o', repo: 'r', name: 'n', head_sha: 'abc' })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    assert.equal(gh.requests.length - before, 1);
    const failure = describeGitHubError(error);
    assert.equal(failure.permission, true);
    assert.match(
      failure.message,
      /^GitHub API POST \/repos\/o\/r\/check-runs failed: 403 Resource not accessible by integration \(the token lacks/,
    );
  });

  it('waits out a primary rate limit (403, x-ratelimit-remaining: 0) and retries', async () => {
    const log: string[] = [];
    gh.inject({
      method: 'GET',
      path: /\/pulls\/1\/files$/,
      status: 403,
      body: { message: 'API rate limit exceeded' },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
      },
    });
    const res = await client('test-write-token', log).rest.pulls.listFiles({
      owner: 'o',
      repo: 'r',
      pull_number: 1,
    });
    assert.equal(res.status, 200);
    assert.equal(log.length, 1);
    assert.match(log[0]!, /^GitHub rate limit on GET .*: waiting \d+ s and retrying$/);
  });

  it('waits out a secondary rate limit (429 with retry-after)', async () => {
    const log: string[] = [];
    gh.inject({
      method: 'GET',
      path: /\/pulls\/1\/reviews$/,
      status: 429,
      body: { message: 'You have exceeded a secondary rate limit' },
      headers: { 'retry-after': '1' },
    });
    const res = await client('test-write-token', log).rest.pulls.listReviews({
      owner: 'o',
      repo: 'r',
      pull_number: 1,
    });
    assert.equal(res.status, 200);
    assert.match(log[0]!, /secondary rate limit .*waiting 1 s/);
  });
});
