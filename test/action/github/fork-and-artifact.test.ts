import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { InputError } from '../../../src/common/errors.js';
import { describeGitHubError } from '../../../src/action/github/api-error.js';
import { createGitHubClient } from '../../../src/action/github/client.js';
import {
  isForkPullRequest,
  pullRequestContext,
  tokenIsReadOnly,
  workflowRunContext,
} from '../../../src/action/github/event-context.js';
import { readFileAtCommit } from '../../../src/action/github/file-at-commit.js';
import {
  artifactContextJson,
  readReportArtifact,
  verifyArtifactPullRequest,
} from '../../../src/action/github/report-artifact.js';
import { upsertStickyComment } from '../../../src/action/github/sticky-comment.js';
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js';
import { forkPullRequestExample, webhookExample } from '../../helpers/webhook-payloads.js';

describe('fork pull requests', () => {
  it('tells a same-repository PR from a fork PR in real payloads', () => {
    const same = webhookExample('pull_request', 'opened');
    const fork = forkPullRequestExample();
    assert.equal(isForkPullRequest(same), false);
    assert.equal(isForkPullRequest(fork), true);
    assert.equal(tokenIsReadOnly('pull_request', fork), true);
    assert.equal(tokenIsReadOnly('pull_request', same), false);
    assert.deepEqual(pullRequestContext(fork), {
      owner: 'Codertocat',
      repo: 'Hello-World',
      pullNumber: 2,
      headSha: fork.pull_request!.head.sha,
      headRepo: 'forker/Hello-World',
      fromFork: true,
    });
    assert.equal(pullRequestContext(webhookExample('push')), undefined);
  });

  it('a fork’s read-only token gets a permission failure, not a crash, when it tries to comment', async () => {
    const gh = await startGitHubApiServer();
    try {
      const client = createGitHubClient({
        token: 'test-read-token',
        baseUrl: gh.url,
        backoffUnitMs: 1,
      });
      const error = await upsertStickyComment(
        client,
        { owner: 'Codertocat', repo: 'Hello-World', issueNumber: 2, configPath: 'c.yml' },
        'x',
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.equal(describeGitHubError(error).permission, true);
      assert.equal(gh.comments.length, 0);
    } finally {
      await gh.close();
    }
  });

  it('reads the triggering run of a real workflow_run payload', () => {
    const payload = webhookExample('workflow_run', 'completed');
    const ctx = workflowRunContext(payload)!;
    assert.equal(ctx.runId, payload.workflow_run!.id);
    assert.equal(ctx.headSha, payload.workflow_run!.head_sha);
    assert.equal(typeof ctx.owner, 'string');
  });
});

describe('comment-from-artifact', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'iam-mutate-artifact-'));
  const sha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
  let gh: GitHubApiServer;
  before(async () => {
    gh = await startGitHubApiServer();
    gh.pulls.set(2, { files: [], headSha: sha });
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await gh.close();
  });
  const report = { schemaVersion: 1, tool: { name: 'iam-mutate', version: '0.1.0' }, targets: [] };

  it('reads report.json and the context job 1 uploaded', () => {
    writeFileSync(path.join(dir, 'report.json'), JSON.stringify(report));
    writeFileSync(
      path.join(dir, 'iam-mutate-context.json'),
      artifactContextJson({ pullNumber: 2, headSha: sha, configPath: '.github/iam-mutate.yml' }),
    );
    const got = readReportArtifact(dir);
    assert.deepEqual(got.report, report);
    assert.equal(got.context.pullNumber, 2);
  });

  it('names the file when the artifact is missing or malformed', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'iam-mutate-artifact-'));
    try {
      assert.throws(
        () => readReportArtifact(empty),
        (e: unknown) =>
          e instanceof InputError &&
          e.message ===
            `${path.join(empty, 'report.json')}: error: cannot read the artifact file (ENOENT); did job 1 upload it?`,
      );
      writeFileSync(path.join(empty, 'report.json'), JSON.stringify(report));
      writeFileSync(path.join(empty, 'iam-mutate-context.json'), '{"pullNumber": "2; rm -rf /"}');
      assert.throws(
        () => readReportArtifact(empty),
        /iam-mutate-context.json: error: needs pullNumber/,
      );
      writeFileSync(path.join(empty, 'report.json'), '{"targets": 1}');
      assert.throws(
        () => readReportArtifact(empty),
        /report.json: error: not an iam-mutate report.json/,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('believes the artifact’s pull request only when its head is the commit the run built', async () => {
    const client = createGitHubClient({
      token: 'test-write-token',
      baseUrl: gh.url,
      backoffUnitMs: 1,
    });
    const ref = { owner: 'Codertocat', repo: 'Hello-World' };
    const ctx = { pullNumber: 2, headSha: sha, configPath: 'c.yml' };
    assert.equal(await verifyArtifactPullRequest(client, ref, ctx, sha), undefined);
    const other = 'a'.repeat(40);
    assert.match(
      (await verifyArtifactPullRequest(client, ref, ctx, other))!,
      /the artifact is for commit ec26c3e/,
    );
    gh.pulls.set(3, { files: [], headSha: other });
    assert.match(
      (await verifyArtifactPullRequest(client, ref, { ...ctx, pullNumber: 3 }, sha))!,
      /pull request #3 is at a{40}/,
    );
  });

  it('reads the policy text at the verified commit through the contents API', async () => {
    const client = createGitHubClient({
      token: 'test-read-token',
      baseUrl: gh.url,
      backoffUnitMs: 1,
    });
    const ref = { owner: 'Codertocat', repo: 'Hello-World' };
    gh.contents.set(`${sha}:policies/app.json`, '{"Version":"2012-10-17","Statement":[]}\n');
    assert.equal(
      await readFileAtCommit(client, ref, 'policies/app.json', sha),
      '{"Version":"2012-10-17","Statement":[]}\n',
    );
    assert.equal(await readFileAtCommit(client, ref, 'policies/none.json', sha), undefined);
  });
});
