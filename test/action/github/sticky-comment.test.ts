import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createGitHubClient } from '../../../src/action/github/client.js';
import { stickyCommentMarker } from '../../../src/action/github/markers.js';
import {
  COMMENT_BODY_LIMIT,
  retireStickyComment,
  upsertStickyComment,
  type StickyTarget,
} from '../../../src/action/github/sticky-comment.js';
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js';
import { webhookExample } from '../../helpers/webhook-payloads.js';

describe('sticky comment', () => {
  let gh: GitHubApiServer;
  const payload = webhookExample('pull_request', 'synchronize');
  const [owner, repo] = payload.repository!.full_name.split('/') as [string, string];
  const target: StickyTarget = {
    owner,
    repo,
    issueNumber: payload.number!,
    configPath: '.github/iam-mutate.yml',
  };
  before(async () => {
    gh = await startGitHubApiServer();
  });
  after(() => gh.close());
  beforeEach(() => {
    gh.comments.length = 0;
    gh.requests.length = 0;
  });
  const client = () =>
    createGitHubClient({
      token: 'test-write-token',
      baseUrl: gh.url,
      backoffUnitMs: 1,
      writeSpacing: { writeMs: 0, notifyMs: 0 },
    });

  it('creates one comment, then updates it in place', async () => {
    gh.comments.push({
      id: 1,
      issue: target.issueNumber,
      body: 'LGTM',
      user: { login: 'alice', type: 'User' },
      html_url: '',
    });
    const first = await upsertStickyComment(client(), target, '| Sid |\n|---|\n| A |');
    assert.equal(first.action, 'created');
    assert.match(first.url!, /#issuecomment-\d+$/);
    const second = await upsertStickyComment(client(), target, '| Sid |\n|---|\n| B |');
    assert.equal(second.action, 'updated');
    assert.equal(second.commentId, first.commentId);
    const ours = gh.comments.filter((c) => c.body.includes(stickyCommentMarker(target.configPath)));
    assert.equal(ours.length, 1);
    assert.ok(ours[0]!.body.startsWith(`${stickyCommentMarker('.github/iam-mutate.yml')}\n`));
    assert.ok(ours[0]!.body.endsWith('| B |'));
    assert.equal(gh.comments.length, 2, 'the human comment is untouched');
  });

  it('keeps one comment per config', async () => {
    await upsertStickyComment(client(), target, 'a');
    await upsertStickyComment(client(), { ...target, configPath: 'other/iam-mutate.yml' }, 'b');
    await upsertStickyComment(client(), target, 'a2');
    assert.equal(gh.comments.length, 2);
  });

  it('on-change mode does not write when the body is the same', async () => {
    await upsertStickyComment(client(), target, 'same', 'on-change');
    gh.requests.length = 0;
    const r = await upsertStickyComment(client(), target, 'same', 'on-change');
    assert.equal(r.action, 'unchanged');
    assert.deepEqual(gh.writes(), []);
  });

  it('deletes duplicates left by racing runs and ignores a human quoting the marker', async () => {
    const marker = stickyCommentMarker(target.configPath);
    gh.comments.push(
      { id: 10, issue: target.issueNumber, body: `${marker}\nold`, user: gh.botUser, html_url: '' },
      { id: 11, issue: target.issueNumber, body: `${marker}\ndup`, user: gh.botUser, html_url: '' },
      {
        id: 12,
        issue: target.issueNumber,
        body: `> ${marker}\nwhy?`,
        user: { login: 'bob', type: 'User' },
        html_url: '',
      },
    );
    const r = await upsertStickyComment(client(), target, 'new');
    assert.equal(r.commentId, 10);
    assert.deepEqual(
      gh.comments.map((c) => c.id),
      [10, 12],
    );
  });

  it('cuts an oversized body to GitHub’s limit instead of failing', async () => {
    await upsertStickyComment(client(), target, 'x'.repeat(COMMENT_BODY_LIMIT + 5000));
    assert.equal(gh.comments[0]!.body.length, COMMENT_BODY_LIMIT);
    assert.match(gh.comments[0]!.body, /cut to fit GitHub’s comment limit/);
  });

  it('retires the comment when the PR no longer touches a policy: delete or resolve', async () => {
    await upsertStickyComment(client(), target, 'table');
    assert.equal((await retireStickyComment(client(), target, 'resolve')).action, 'resolved');
    assert.match(gh.comments[0]!.body, /no longer changes an IAM policy/);
    assert.equal((await retireStickyComment(client(), target, 'delete')).action, 'deleted');
    assert.equal(gh.comments.length, 0);
    assert.equal((await retireStickyComment(client(), target)).action, 'absent');
  });
});
