/**
 * Issue 13's "Done when": the action run from dist/index.js exactly as the runner runs it
 * (every input of action.yml present as INPUT_* with its default, GITHUB_EVENT_PATH a real
 * webhook payload, GITHUB_API_URL at a local GitHub REST server, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files) against the embedded emulator on examples/flawed.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { stickyCommentMarker } from '../../src/action/github/markers.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { unifiedPatch } from '../helpers/unified-patch.js';
import { forkPullRequestExample, webhookExample } from '../helpers/webhook-payloads.js';

// The runner runs dist/index.js; IAM_MUTATE_ACTION_ENTRY=build/src/action/main.js runs the same
// code unbundled, for a worktree whose dist/ is not rebuilt yet.
const ENTRY = path.resolve(process.env.IAM_MUTATE_ACTION_ENTRY ?? 'dist/index.js');
const CONFIG = 'examples/flawed/iam-mutate.yml';
const POLICY = 'examples/flawed/policy.json';
const HEAD_SHA = 'a'.repeat(40);
const policyText = readFileSync(POLICY, 'utf8');

/** The policy before the pull request: ReadConfig was narrow, LegacyQueue and DeployAnything absent. */
const before_ = policyText
  .replace(
    '"Action": "s3:*",\n      "Resource": "*"',
    '"Action": "s3:GetObject",\n      "Resource": "arn:aws:s3:::iam-mvp-config/config.json"',
  )
  .replace(/,\n {4}\{\n {6}"Sid": "LegacyQueue"[\s\S]*(?=\n {2}\])/, '');
const policyPatch = unifiedPatch(before_, policyText);

/** 1-based lines of the statement with this Sid: from its `{` to its `}`. */
function statementLines(sid: string): { start: number; end: number } {
  const lines = policyText.split('\n');
  const sidLine = lines.findIndex((l) => l.includes(`"Sid": "${sid}"`));
  let start = sidLine;
  while (!/^\s*\{\s*$/.test(lines[start]!)) start--;
  let end = sidLine;
  while (!/^\s*\},?\s*$/.test(lines[end]!)) end++;
  return { start: start + 1, end: end + 1 };
}

const actionYml = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

interface RunResult {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * One step run: every input present with action.yml's default (the runner evaluates
 * `${{ github.token }}` to the job's token), overridden by `inputs`.
 */
function runAction(options: {
  workspace: string;
  eventName: string;
  payload: unknown;
  server: GitHubApiServer;
  token: string;
  inputs?: Record<string, string>;
}): Promise<RunResult> {
  const runnerDir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-runner-'));
  const eventPath = path.join(runnerDir, 'event.json');
  const outputFile = path.join(runnerDir, 'github-output');
  const summaryFile = path.join(runnerDir, 'step-summary');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: options.server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: HEAD_SHA,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerDir,
    // A real credential in the runner's environment must never reach the workload.
    AWS_ACCESS_KEY_ID: 'AKIAREALREALREALREAL',
    AWS_SECRET_ACCESS_KEY: 'real-secret-never-used',
  };
  for (const [name, input] of Object.entries(actionYml.inputs)) {
    const value = input.default === '${{ github.token }}' ? options.token : (input.default ?? '');
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  for (const [k, v] of Object.entries(options.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ENTRY], { env, cwd: options.workspace });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (status) =>
      resolve({
        status,
        stdout,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      }),
    );
  });
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

function pullRequestPayload() {
  const payload = webhookExample('pull_request', 'opened');
  payload.pull_request!.head.sha = HEAD_SHA;
  return payload;
}

let template: string;

/** A fresh copy of the checked-out repository (examples/, a git commit, a warm run cache). */
function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-ws-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

async function withServer<T>(fn: (server: GitHubApiServer) => Promise<T>): Promise<T> {
  const server = await startGitHubApiServer();
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

const PR = 2; // the webhook example's number

function servePolicyPull(server: GitHubApiServer): void {
  server.pulls.set(PR, {
    headSha: HEAD_SHA,
    files: [{ filename: POLICY, status: 'modified', patch: policyPatch }],
  });
}

describe(
  'the pull request bot, run from dist/index.js as the runner does',
  { timeout: 600_000 },
  () => {
    before(async () => {
      template = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-repo-'));
      mkdirSync(path.join(template, 'examples'));
      cpSync('examples', path.join(template, 'examples'), { recursive: true });
      writeFileSync(path.join(template, 'README.md'), '# repo\n');
      writeFileSync(path.join(template, '.gitignore'), 'iam-mutate-report/\n');
      const git = (...args: string[]) =>
        spawnSync('git', args, {
          cwd: template,
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@example.com',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@example.com',
          },
        });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'repo');
      // One real proof warms .iam-mutate-cache; later runs reuse it (the run's own cache).
      await withServer(async (server) => {
        servePolicyPull(server);
        const warm = await runAction({
          workspace: template,
          eventName: 'push',
          payload: webhookExample('push'),
          server,
          token: 'test-write-token',
          inputs: { config: CONFIG },
        });
        assert.equal(warm.status, 1, warm.stdout);
      });
    });
    after(() => undefined);

    it('first run: one comment with the table, a review with suggestions on the diff lines, a check run with annotations, SARIF, summary, outputs, exit 1; second run updates the comment and replaces the review comments', async () => {
      await withServer(async (server) => {
        servePolicyPull(server);
        const ws = workspace();
        const run = () =>
          runAction({
            workspace: ws,
            eventName: 'pull_request',
            payload: pullRequestPayload(),
            server,
            token: 'test-write-token',
            inputs: { config: CONFIG },
          });
        const first = await run();
        assert.equal(first.status, 1, first.stdout);
        assert.match(
          first.stdout,
          /::error::iam-mutate: examples\/flawed\/policy\.json: unjustified WriteEvent, WriteEventAgain, LegacyQueue, DeployAnything/,
        );
        // One sticky comment with the table.
        assert.equal(server.comments.length, 1);
        const comment = server.comments[0]!;
        assert.ok(comment.body.startsWith(stickyCommentMarker(CONFIG)));
        assert.match(comment.body, /\|.*LegacyQueue.*\|/);
        // The review: removals of the unjustified statements in the diff, on their own lines.
        const inDiff = server.reviewComments;
        assert.equal(server.reviews.length, 1);
        for (const sid of ['LegacyQueue', 'DeployAnything']) {
          const c = inDiff.find((x) => x.body.includes(`Statement ${sid} is unjustified`));
          assert.ok(c, `review comment for ${sid}`);
          assert.equal(c.path, POLICY);
          assert.match(c.body, /```suggestion\n/);
          const lines = statementLines(sid);
          assert.ok(
            (c.start_line ?? c.line) <= lines.start && c.line >= lines.end - 1,
            `${sid} comment on lines ${c.start_line}-${c.line}, statement ${lines.start}-${lines.end}`,
          );
        }
        // ReadConfig changed in the diff and has a verified narrower statement: a suggestion.
        const narrow = inDiff.find((x) => x.body.includes('Statement ReadConfig'));
        assert.ok(narrow, 'ReadConfig review comment');
        assert.match(narrow.body, /```suggestion\n[\s\S]*s3:GetObject/);
        assert.ok(narrow.line >= statementLines('ReadConfig').start);
        // WriteEvent is outside the diff: the comment's table only.
        assert.ok(!inDiff.some((x) => x.body.includes('Statement WriteEvent is')));
        assert.match(comment.body, /WriteEvent/);
        // The check run, with line annotations.
        assert.equal(server.checkRuns.length, 1);
        const check = server.checkRuns[0]!;
        assert.equal(check.name, `iam-mutate (${CONFIG})`);
        assert.equal(check.head_sha, HEAD_SHA);
        assert.equal(check.conclusion, 'failure');
        const legacy = check.annotations.find((a) => String(a.title).includes('LegacyQueue'));
        assert.ok(legacy);
        assert.equal(legacy.path, POLICY);
        assert.equal(legacy.start_line, statementLines('LegacyQueue').start);
        assert.equal(legacy.annotation_level, 'failure');
        // SARIF, the report files, the context for job 2, the summary and the outputs.
        const reportDir = path.join(ws, 'iam-mutate-report');
        const sarif = JSON.parse(readFileSync(path.join(reportDir, 'results.sarif'), 'utf8'));
        assert.equal(sarif.version, '2.1.0');
        for (const f of ['report.json', 'comment.md', 'mutation.json', 'report.html']) {
          assert.ok(existsSync(path.join(reportDir, f)), f);
        }
        const context = JSON.parse(
          readFileSync(path.join(reportDir, 'iam-mutate-context.json'), 'utf8'),
        );
        assert.deepEqual(context, { pullNumber: PR, headSha: HEAD_SHA, configPath: CONFIG });
        assert.match(first.summary, /LegacyQueue/);
        assert.equal(first.outputs.score, '55.56');
        assert.equal(first.outputs.unjustified, '4');
        assert.match(first.outputs.findings ?? '', /^\d+$/);
        assert.ok(Number(first.outputs.findings) > 0);
        assert.equal(first.outputs['report-dir'], 'iam-mutate-report');
        assert.equal(
          first.outputs['comment-url'],
          `https://github.com/o/r/pull/${PR}#issuecomment-${comment.id}`,
        );

        // Second run: the same comment updated, our review comments replaced, not stacked.
        const firstIds = inDiff.map((c) => c.id);
        const count = inDiff.length;
        const second = await run();
        assert.equal(second.status, 1, second.stdout);
        assert.equal(server.comments.length, 1);
        assert.equal(server.comments[0]!.id, comment.id);
        assert.ok(
          server
            .writes()
            .includes(`PATCH /repos/Codertocat/Hello-World/issues/comments/${comment.id}`),
        );
        assert.equal(server.reviewComments.length, count);
        assert.ok(server.reviewComments.every((c) => !firstIds.includes(c.id)));
      });
    });

    it('a fork pull request takes the artifact path: nothing posted by job 1, job 2 posts from the artifact without the checkout', async () => {
      await withServer(async (server) => {
        servePolicyPull(server);
        const ws = workspace();
        const fork = forkPullRequestExample();
        fork.pull_request!.head.sha = HEAD_SHA;
        const job1 = await runAction({
          workspace: ws,
          eventName: 'pull_request',
          payload: fork,
          server,
          token: 'test-read-token',
          inputs: { config: CONFIG },
        });
        assert.equal(job1.status, 1, job1.stdout);
        assert.deepEqual(server.writes(), []);
        assert.match(job1.stdout, /::notice::iam-mutate: the token is read-only/);
        assert.match(
          job1.stdout,
          /::error file=examples\/flawed\/policy\.json,line=\d+,endLine=\d+,title=Statement LegacyQueue is unjustified::/,
        );
        assert.match(job1.summary, /LegacyQueue/);
        const artifact = path.join(ws, 'iam-mutate-report');
        assert.ok(existsSync(path.join(artifact, 'results.sarif')));

        // Job 2: only the downloaded artifact, no checkout; policy text through the contents API.
        const job2Dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-job2-'));
        cpSync(artifact, path.join(job2Dir, 'iam-mutate-report'), { recursive: true });
        server.contents.set(`${HEAD_SHA}:${POLICY}`, policyText);
        const event = webhookExample('workflow_run', 'completed');
        event.workflow_run!.head_sha = HEAD_SHA;
        event.workflow_run!.event = 'pull_request';
        const job2 = await runAction({
          workspace: job2Dir,
          eventName: 'workflow_run',
          payload: event,
          server,
          token: 'test-write-token',
          inputs: { mode: 'comment-from-artifact' },
        });
        assert.equal(job2.status, 1, job2.stdout);
        assert.equal(server.comments.length, 1);
        assert.match(server.comments[0]!.body, /LegacyQueue/);
        assert.ok(
          server.reviewComments.some(
            (c) => c.body.includes('LegacyQueue') && c.body.includes('```suggestion'),
          ),
        );
        assert.equal(server.checkRuns.length, 1);
        assert.equal(server.checkRuns[0]!.head_sha, HEAD_SHA);

        // An artifact naming a pull request at another commit is refused.
        server.pulls.get(PR)!.headSha = 'b'.repeat(40);
        const refused = await runAction({
          workspace: job2Dir,
          eventName: 'workflow_run',
          payload: event,
          server,
          token: 'test-write-token',
          inputs: { mode: 'comment-from-artifact' },
        });
        assert.equal(refused.status, 2, refused.stdout);
        assert.match(
          refused.stdout,
          /::error::iam-mutate: refusing the artifact: pull request #2 is at b{40}/,
        );
      });
    });

    it('a 403 on check runs falls back to workflow-command annotations; the comment still goes out', async () => {
      await withServer(async (server) => {
        servePolicyPull(server);
        server.inject({ method: 'POST', path: /\/check-runs$/, status: 403, times: Infinity });
        const result = await runAction({
          workspace: workspace(),
          eventName: 'pull_request',
          payload: pullRequestPayload(),
          server,
          token: 'test-write-token',
          inputs: { config: CONFIG },
        });
        assert.equal(result.status, 1, result.stdout);
        assert.equal(server.checkRuns.length, 0);
        assert.equal(server.comments.length, 1);
        assert.match(
          result.stdout,
          /::warning::check run not created \(GitHub API POST .*check-runs failed: 403/,
        );
        assert.match(
          result.stdout,
          /::error file=examples\/flawed\/policy\.json,line=\d+,endLine=\d+,title=Statement DeployAnything is unjustified::/,
        );
      });
    });

    it('a 500 is retried, then reported in one line and fails the step (exit 3)', async () => {
      await withServer(async (server) => {
        servePolicyPull(server);
        server.inject({
          method: 'POST',
          path: /\/issues\/\d+\/comments$/,
          status: 500,
          times: Infinity,
        });
        const result = await runAction({
          workspace: workspace(),
          eventName: 'pull_request',
          payload: pullRequestPayload(),
          server,
          token: 'test-write-token',
          inputs: { config: CONFIG, 'fail-on': 'none' },
        });
        assert.equal(result.status, 3, result.stdout);
        const posts = server.requests.filter(
          (r) => r.method === 'POST' && /\/issues\/\d+\/comments$/.test(r.path),
        );
        assert.equal(posts.length, 4, 'one request and three retries');
        assert.match(
          result.stdout,
          /::error::iam-mutate: sticky comment failed: GitHub API POST \/repos\/Codertocat\/Hello-World\/issues\/2\/comments failed: 500 injected 500 \(after 3 retries\)/,
        );
        assert.doesNotMatch(result.stdout, /\n\s+at /, 'no stack trace');
        // The other posts still went out.
        assert.equal(server.checkRuns.length, 1);
      });
    });

    it('a pull request touching no policy posts nothing; an earlier sticky comment is retired', async () => {
      await withServer(async (server) => {
        server.pulls.set(PR, {
          headSha: HEAD_SHA,
          files: [
            {
              filename: 'README.md',
              status: 'modified',
              patch: unifiedPatch('# repo\n', '# repo!\n'),
            },
          ],
        });
        const input = {
          workspace: workspace(),
          eventName: 'pull_request',
          payload: pullRequestPayload(),
          server,
          token: 'test-write-token',
          inputs: { config: CONFIG },
        };
        const quiet = await runAction(input);
        assert.equal(quiet.status, 0, quiet.stdout);
        assert.deepEqual(server.writes(), []);
        assert.match(quiet.summary, /Nothing to prove/);
        assert.equal(quiet.outputs.unjustified, '0');
        assert.equal(quiet.outputs['comment-url'], '');

        server.comments.push({
          id: 1,
          issue: PR,
          body: `${stickyCommentMarker(CONFIG)}\nold result`,
          user: server.botUser,
          html_url: '',
        });
        const retire = await runAction(input);
        assert.equal(retire.status, 0, retire.stdout);
        assert.deepEqual(server.writes(), [
          'DELETE /repos/Codertocat/Hello-World/issues/comments/1',
        ]);
        assert.equal(server.comments.length, 0);
      });
    });
  },
);
