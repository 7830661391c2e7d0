import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listChangedFiles } from '../../../src/action/github/changed-files.js';
import { createGitHubClient } from '../../../src/action/github/client.js';
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js';
import { webhookExample } from '../../helpers/webhook-payloads.js';

describe('listChangedFiles', () => {
  let gh: GitHubApiServer;
  const payload = webhookExample('pull_request', 'synchronize');
  const [owner, repo] = payload.repository!.full_name.split('/') as [string, string];
  const pullNumber = payload.number!;
  before(async () => {
    gh = await startGitHubApiServer();
  });
  after(() => gh.close());
  const client = () =>
    createGitHubClient({ token: 'test-read-token', baseUrl: gh.url, backoffUnitMs: 1 });

  it('follows pagination and keeps renamed, removed and patch', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({
      filename: `src/f${i}.ts`,
      status: 'modified' as const,
      patch: `@@ -1 +1 @@\n-a${i}\n+b${i}`,
    }));
    files.push(
      {
        filename: 'policies/new.json',
        status: 'renamed' as never,
        previous_filename: 'policies/old.json',
        patch: '',
      } as never,
      { filename: 'policies/gone.json', status: 'removed' as const } as never,
    );
    gh.pulls.set(pullNumber, { files, headSha: payload.pull_request!.head.sha });
    const got = await listChangedFiles(client(), { owner, repo, pullNumber });
    assert.equal(got.files.length, 252);
    assert.equal(got.truncated, false);
    assert.equal(got.files[249]!.patch, '@@ -1 +1 @@\n-a249\n+b249');
    assert.deepEqual(got.files[250], {
      path: 'policies/new.json',
      status: 'renamed',
      previousPath: 'policies/old.json',
      patch: '',
    });
    assert.deepEqual(got.files[251], { path: 'policies/gone.json', status: 'removed' });
    const pages = gh.requests.filter((r) => r.path.endsWith(`/pulls/${pullNumber}/files`));
    assert.equal(pages.length, 3, 'three pages of 100');
  });

  it('flags a listing cut at GitHub’s 3,000 files', async () => {
    const files = Array.from({ length: 3100 }, (_, i) => ({
      filename: `f${i}`,
      status: 'added' as const,
    }));
    gh.pulls.set(pullNumber, { files, headSha: 'x' });
    const got = await listChangedFiles(client(), { owner, repo, pullNumber });
    assert.equal(got.files.length, 3000);
    assert.equal(got.truncated, true);
  });
});
