/**
 * Issue 17's "Done when": the documented three-job workflow (docs/github-action.md, "Sharding
 * over a matrix") run step by step as the runner runs it, against the local GitHub REST
 * stand-in driven by the action's real @octokit/rest client: the plan job (`mode: plan`) on a
 * real pull_request webhook payload, four matrix jobs (`shard: I/N`, each in its own checkout
 * with a read-only token, posting nothing), the artifacts handed over as
 * actions/download-artifact lays them out, then the merge job (`mode: merge`) posting the one
 * sticky comment, the review and the check run.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { stickyCommentMarker } from '../../src/action/github/markers.js';
import type { Report } from '../../src/report/report-types.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { runAction } from '../helpers/run-action.js';
import { readReport } from '../helpers/run-workspace.js';
import { syntheticRepo, type SyntheticRepo } from '../helpers/synthetic-repo.js';
import { unifiedPatch } from '../helpers/unified-patch.js';
import { webhookExample } from '../helpers/webhook-payloads.js';

const HEAD_SHA = 'b'.repeat(40);
const PR = 2; // the webhook example's number
const TARGETS = 8;
let repo: SyntheticRepo;
let matrixText: string;
/** The four matrix jobs' checkouts, after their runs. */
const shardWorkspaces: string[] = [];

function payload() {
  const p = webhookExample('pull_request', 'opened');
  p.pull_request!.head.sha = HEAD_SHA;
  return p;
}

/** A fresh checkout of the repository (each job has its own). */
function checkout(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-job-'));
  cpSync(repo.dir, dir, { recursive: true });
  return dir;
}

/** The pull request changes the config (every target runs) and adds service-003's NeverUsed. */
function servePull(server: GitHubApiServer): void {
  const policy = 'policies/service-003.json';
  const after = readFileSync(path.join(repo.dir, policy), 'utf8');
  const doc = JSON.parse(after) as { Statement: unknown[] };
  const before_ = `${JSON.stringify({ ...doc, Statement: doc.Statement.slice(0, 2) }, null, 2)}\n`;
  server.pulls.set(PR, {
    headSha: HEAD_SHA,
    files: [
      { filename: policy, status: 'modified', patch: unifiedPatch(before_, after) },
      {
        filename: 'iam-mutate.yml',
        status: 'modified',
        patch: '@@ -1 +1 @@\n-version: 1\n+version: 1',
      },
    ],
  });
}

/** actions/download-artifact with a pattern: one folder per artifact under `shard-reports`. */
function downloadArtifacts(into: string, shards: number[]): void {
  for (const i of shards) {
    cpSync(
      path.join(shardWorkspaces[i - 1]!, 'iam-mutate-report'),
      path.join(into, 'iam-mutate-shards', `iam-mutate-shard-${i}`),
      { recursive: true },
    );
  }
}

async function merge(server: GitHubApiServer, shards: number[]) {
  const ws = checkout();
  downloadArtifacts(ws, shards);
  const run = await runAction({
    workspace: ws,
    eventName: 'pull_request',
    payload: payload(),
    server,
    token: 'test-write-token',
    headSha: HEAD_SHA,
    inputs: { mode: 'merge', config: repo.config },
  });
  return { run, ws };
}

describe(
  'the three-job sharded workflow against the GitHub REST stand-in',
  { timeout: 600_000 },
  () => {
    before(async () => {
      repo = syntheticRepo(TARGETS, 'iam-mutate-sharded-repo-');
      const server = await startGitHubApiServer();
      try {
        servePull(server);
        const plan = await runAction({
          workspace: checkout(),
          eventName: 'pull_request',
          payload: payload(),
          server,
          token: 'test-read-token',
          headSha: HEAD_SHA,
          inputs: { mode: 'plan', config: repo.config, shards: '4' },
        });
        assert.equal(plan.status, 0, plan.stdout);
        matrixText = plan.outputs.matrix ?? '';
        assert.equal(plan.outputs['shard-count'], '4');
        const matrix = JSON.parse(matrixText) as { include: { shard: string }[] };
        for (const entry of matrix.include) {
          const ws = checkout();
          const shard = await runAction({
            workspace: ws,
            eventName: 'pull_request',
            payload: payload(),
            server,
            token: 'test-read-token',
            headSha: HEAD_SHA,
            inputs: { config: repo.config, shard: entry.shard, plan: matrixText },
          });
          assert.ok(shard.status === 0 || shard.status === 1, shard.stdout);
          shardWorkspaces.push(ws);
        }
        // The matrix jobs post nothing: only the merge job writes to the pull request.
        assert.deepEqual(server.writes(), []);
      } finally {
        await server.close();
      }
    });

    it('plan: a matrix of four shards covering every target the pull request touches', () => {
      const matrix = JSON.parse(matrixText) as { include: { shard: string; targets: string[] }[] };
      assert.deepEqual(
        matrix.include.map((e) => e.shard),
        ['1/4', '2/4', '3/4', '4/4'],
      );
      assert.deepEqual(matrix.include.flatMap((e) => e.targets).sort(), [...repo.policies].sort());
    });

    it('merge: one sticky comment over all targets, a review on the diff, one check run; exit 1 on the unjustified statements', async () => {
      const server = await startGitHubApiServer();
      try {
        servePull(server);
        const { run, ws } = await merge(server, [1, 2, 3, 4]);
        assert.equal(run.status, 1, run.stdout);
        assert.equal(server.comments.length, 1);
        const comment = server.comments[0]!;
        assert.ok(comment.body.startsWith(stickyCommentMarker(repo.config)));
        for (const policy of repo.policies) assert.ok(comment.body.includes(policy), policy);
        assert.doesNotMatch(comment.body, /reported nothing/);
        // The review suggests removing the unjustified statement the diff added.
        assert.equal(server.reviews.length, 1);
        assert.ok(
          server.reviewComments.some(
            (c) => c.path === 'policies/service-003.json' && c.body.includes('NeverUsed'),
          ),
        );
        assert.equal(server.checkRuns.length, 1);
        assert.equal(server.checkRuns[0]!.conclusion, 'failure');
        assert.equal(server.checkRuns[0]!.head_sha, HEAD_SHA);
        const merged: Report = readReport(path.join(ws, 'iam-mutate-report'));
        assert.equal(merged.targets.length, TARGETS);
        assert.deepEqual(
          merged.shard?.shards?.map((s) => s.status),
          ['reported', 'reported', 'reported', 'reported'],
        );
        assert.ok(run.outputs.score !== undefined && run.outputs.score !== '');
        assert.match(run.summary, /service-001/);
      } finally {
        await server.close();
      }
    });

    it('merge with a shard missing (its job failed or timed out): the comment says so, the check fails, exit 3', async () => {
      const server = await startGitHubApiServer();
      try {
        servePull(server);
        const { run } = await merge(server, [1, 2, 4]);
        assert.equal(run.status, 3, run.stdout);
        assert.equal(server.comments.length, 1);
        assert.match(server.comments[0]!.body, /shard 3\/4 reported nothing/);
        assert.equal(server.checkRuns[0]!.conclusion, 'failure');
        assert.match(run.stdout, /missing: 3\/4/);
      } finally {
        await server.close();
      }
    });

    it('merge refuses shard reports of another tool version: exit 2, nothing posted', async () => {
      const server = await startGitHubApiServer();
      try {
        servePull(server);
        const file = path.join(shardWorkspaces[1]!, 'iam-mutate-report', 'report.json');
        const original = readFileSync(file, 'utf8');
        const report = JSON.parse(original) as Report;
        writeFileSync(
          file,
          JSON.stringify({ ...report, tool: { ...report.tool, version: '9.9.9' } }),
        );
        try {
          const { run } = await merge(server, [1, 2, 3, 4]);
          assert.equal(run.status, 2, run.stdout);
          assert.match(run.stdout, /iam-mutate 9\.9\.9/);
          assert.deepEqual(server.writes(), []);
        } finally {
          writeFileSync(file, original);
        }
      } finally {
        await server.close();
      }
    });
  },
);
