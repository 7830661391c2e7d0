import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  checkRunName,
  publishCheckRun,
  type CheckRunInput,
} from '../../../src/action/github/check-run.js';
import { createGitHubClient } from '../../../src/action/github/client.js';
import { workflowCommand, type Annotation } from '../../../src/action/github/workflow-commands.js';
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js';
import { webhookExample } from '../../helpers/webhook-payloads.js';

const annotation = (i: number): Annotation => ({
  path: 'policies/app.json',
  startLine: i + 1,
  endLine: i + 1,
  level: 'failure',
  title: `Statement S${i} is unjustified`,
  message: 'never used by the workload',
});

describe('check run', () => {
  let gh: GitHubApiServer;
  const payload = webhookExample('pull_request', 'opened');
  const [owner, repo] = payload.repository!.full_name.split('/') as [string, string];
  const input = (n: number): CheckRunInput => ({
    owner,
    repo,
    headSha: payload.pull_request!.head.sha,
    configPath: '.github/iam-mutate.yml',
    conclusion: 'failure',
    title: `${n} unjustified statements`,
    summary: '| Sid | Verdict |\n|---|---|',
    annotations: Array.from({ length: n }, (_, i) => annotation(i)),
  });
  before(async () => {
    gh = await startGitHubApiServer();
  });
  after(() => gh.close());
  beforeEach(() => {
    gh.checkRuns.length = 0;
    gh.requests.length = 0;
  });
  const client = (token = 'test-write-token') =>
    createGitHubClient({
      token,
      baseUrl: gh.url,
      backoffUnitMs: 1,
      writeSpacing: { writeMs: 0, notifyMs: 0 },
    });

  it('creates a completed check named for the config with every annotation, 50 per request', async () => {
    const out = await publishCheckRun(client(), input(120), () =>
      assert.fail('no fallback expected'),
    );
    assert.equal(out.kind, 'check-run');
    assert.equal(gh.checkRuns.length, 1);
    const run = gh.checkRuns[0]!;
    assert.equal(run.name, 'iam-mutate (.github/iam-mutate.yml)');
    assert.equal(run.name, checkRunName('.github/iam-mutate.yml'));
    assert.deepEqual(
      [run.status, run.conclusion, run.head_sha],
      ['completed', 'failure', payload.pull_request!.head.sha],
    );
    assert.equal(run.output.title, '120 unjustified statements');
    assert.equal(run.annotations.length, 120);
    assert.deepEqual(run.annotations[119], {
      path: 'policies/app.json',
      start_line: 120,
      end_line: 120,
      annotation_level: 'failure',
      title: 'Statement S119 is unjustified',
      message: 'never used by the workload',
    });
    assert.deepEqual(gh.writes(), [
      'POST /repos/Codertocat/Hello-World/check-runs',
      ...Array(2).fill(`PATCH /repos/Codertocat/Hello-World/check-runs/${run.id}`),
    ]);
  });

  it('falls back to workflow commands when the token cannot create check runs (403)', async () => {
    const lines: string[] = [];
    const out = await publishCheckRun(client('test-read-token'), input(2), (l) => lines.push(l));
    assert.equal(out.kind, 'workflow-commands');
    assert.match(
      out.kind === 'workflow-commands' ? out.reason : '',
      /403 Resource not accessible by integration/,
    );
    assert.deepEqual(lines, [
      '::error file=policies/app.json,line=1,title=Statement S0 is unjustified::never used by the workload',
      '::error file=policies/app.json,line=2,title=Statement S1 is unjustified::never used by the workload',
    ]);
  });

  it('throws a 500 after the retries (the caller reports it in one line)', async () => {
    const withdraw = gh.inject({
      method: 'POST',
      path: /check-runs$/,
      status: 500,
      times: Infinity,
    });
    try {
      await assert.rejects(
        publishCheckRun(client(), input(1), () => undefined),
        { status: 500 },
      );
      assert.equal(gh.requests.filter((r) => r.path.endsWith('/check-runs')).length, 4);
    } finally {
      withdraw();
    }
  });
});

describe('workflow commands', () => {
  it('escapes data and properties the way the runner parses them', () => {
    assert.equal(
      workflowCommand({
        path: 'a,b:c.json',
        startLine: 3,
        endLine: 5,
        level: 'warning',
        title: 'x: y, z',
        message: '100% sure\nline two\r',
      }),
      '::warning file=a%2Cb%3Ac.json,line=3,endLine=5,title=x%3A y%2C z::100%25 sure%0Aline two%0D',
    );
    assert.equal(
      workflowCommand({
        path: 'p.json',
        startLine: 2,
        endLine: 2,
        startColumn: 7,
        level: 'notice',
        title: 't',
        message: 'm',
      }),
      '::notice file=p.json,line=2,col=7,title=t::m',
    );
  });
});
