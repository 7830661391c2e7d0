import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChangedFile } from '../../../src/action/github/changed-files.js';
import { createGitHubClient } from '../../../src/action/github/client.js';
import { reviewCommentMarker } from '../../../src/action/github/markers.js';
import {
  postSuggestionReview,
  suggestionBlock,
  type ReviewItem,
  type ReviewTarget,
} from '../../../src/action/github/suggestion-review.js';
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js';
import { unifiedPatch } from '../../helpers/unified-patch.js';
import { webhookExample } from '../../helpers/webhook-payloads.js';

const stmt = (sid: string, action: string, resource: string) =>
  `    {\n      "Sid": "${sid}",\n      "Effect": "Allow",\n      "Action": "${action}",\n      "Resource": "${resource}"\n    }`;
const doc = (statements: string[]) =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [\n${statements.join(',\n')}\n  ]\n}\n`;
// Ten untouched statements first, so the first one is far outside the diff's hunk.
const old = Array.from({ length: 10 }, (_, i) =>
  stmt(`Old${i}`, 's3:GetObject', `arn:aws:s3:::b${i}/*`),
);
const beforeText = doc(old);
const afterText = doc([...old, stmt('Wide', 's3:*', '*'), stmt('Unused', 'sqs:SendMessage', '*')]);
const policyPath = 'policies/app.json';

describe('review with one-click suggestions', () => {
  let gh: GitHubApiServer;
  const payload = webhookExample('pull_request', 'synchronize');
  const [owner, repo] = payload.repository!.full_name.split('/') as [string, string];
  const target: ReviewTarget = {
    owner,
    repo,
    pullNumber: payload.number!,
    headSha: payload.pull_request!.head.sha,
    configPath: '.github/iam-mutate.yml',
  };
  const files: ChangedFile[] = [
    { path: policyPath, status: 'modified', patch: unifiedPatch(beforeText, afterText) },
  ];
  const readFile = (p: string) => (p === policyPath ? afterText : undefined);
  const items: ReviewItem[] = [
    {
      path: policyPath,
      index: 10,
      sid: 'Wide',
      message: '⚠️ **Wide** grants `s3:*` on `*`; the workload used `s3:PutObject` on one bucket.',
      fix: { Sid: 'Wide', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::out/*' },
    },
    {
      path: policyPath,
      index: 11,
      sid: 'Unused',
      message: '❌ **Unused** is never used by the workload.',
      fix: null,
    },
    { path: policyPath, index: 0, sid: 'Old0', message: '❌ **Old0** is unjustified.', fix: null },
  ];
  before(async () => {
    gh = await startGitHubApiServer();
    gh.pulls.set(target.pullNumber, {
      files: [{ filename: policyPath, status: 'modified', patch: files[0]!.patch! }],
      headSha: target.headSha,
    });
  });
  after(() => gh.close());
  const client = () =>
    createGitHubClient({
      token: 'test-write-token',
      baseUrl: gh.url,
      backoffUnitMs: 1,
      writeSpacing: { writeMs: 0, notifyMs: 0 },
    });

  it('posts one review whose suggestions sit on the statements’ diff lines and apply cleanly', async () => {
    const out = await postSuggestionReview(client(), target, items, files, readFile);
    assert.equal(gh.reviews.length, 1);
    assert.equal(gh.reviews[0]!.commit_id, target.headSha);
    assert.deepEqual(
      out.skipped.map((s) => [s.item.sid, s.reason]),
      [['Old0', 'lines 4-9 are outside the diff']],
    );
    const [wide, unused] = gh.reviewComments;
    // Statement 10 spans lines 64-69 of the new file; removing the last one (70-75) also takes line 69's comma.
    assert.deepEqual([wide!.start_line, wide!.line, wide!.side], [64, 69, 'RIGHT']);
    assert.deepEqual([unused!.start_line, unused!.line], [69, 75]);
    assert.ok(wide!.body.startsWith(reviewCommentMarker(target.configPath)));
    assert.match(
      wide!.body,
      /```suggestion\n {4}\{\n {6}"Sid": "Wide",[^`]*"Resource": "arn:aws:s3:::out\/\*"\n {4}\},\n```$/,
    );
    assert.match(unused!.body, /```suggestion\n {4}}\n```$/);
    // Applying both suggestions the way GitHub does leaves valid JSON without Unused.
    let lines = afterText.split('\n');
    const applyComment = (c: typeof wide, text: string) => {
      const repl = /```suggestion\n([\s\S]*?)\n?```$/.exec(text)![1]!;
      lines.splice(
        c!.start_line! - 1,
        c!.line - c!.start_line! + 1,
        ...(repl === '' ? [] : repl.split('\n')),
      );
    };
    applyComment(unused, unused!.body); // bottom-up so line numbers stay valid
    const afterRemoval = JSON.parse(lines.join('\n'));
    assert.deepEqual(afterRemoval.Statement.map((s: { Sid: string }) => s.Sid).slice(-1), ['Wide']);
    lines = afterText.split('\n');
    applyComment(wide, wide!.body);
    assert.equal(JSON.parse(lines.join('\n')).Statement[10].Action, 's3:PutObject');
  });

  it('a re-run replaces our review comments instead of stacking them, leaving others alone', async () => {
    gh.reviewComments.push({
      id: 5,
      pull: target.pullNumber,
      pull_request_review_id: 4,
      path: policyPath,
      line: 66,
      side: 'RIGHT',
      start_line: null,
      start_side: null,
      body: 'human note',
      commit_id: 'x',
      user: { login: 'alice', type: 'User' },
    });
    const out = await postSuggestionReview(client(), target, items.slice(0, 1), files, readFile);
    assert.equal(out.deleted, 2);
    assert.deepEqual(
      gh.reviewComments.map((c) => (c.body.includes('human') ? 'human' : c.line)).sort(),
      [69, 'human'],
    );
  });

  it('nothing placeable: old comments removed, no empty review posted', async () => {
    const reviews = gh.reviews.length;
    const out = await postSuggestionReview(client(), target, items.slice(2), files, readFile);
    assert.equal(gh.reviews.length, reviews);
    assert.equal(out.reviewId, undefined);
    assert.equal(gh.reviewComments.length, 1);
  });

  it('fences a suggestion containing backticks with a longer fence', () => {
    assert.equal(suggestionBlock('"Sid": "a```b"'), '````suggestion\n"Sid": "a```b"\n````');
    assert.equal(suggestionBlock(''), '```suggestion\n```');
  });
});
