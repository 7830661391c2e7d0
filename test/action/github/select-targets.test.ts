import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChangedFile } from '../../../src/action/github/changed-files.js';
import {
  isIamPolicy,
  selectTargets,
  type SelectionInput,
} from '../../../src/action/github/select-targets.js';

const policy = '{"Version":"2012-10-17","Statement":[]}';
const repo: Record<string, string> = {
  'policies/app.json': policy,
  'policies/worker.json': policy,
  'infra/extra-policy.json': policy,
  'package.json': '{"name":"x"}',
  'broken.json': '{"Version":',
  'custom/p.policy': policy,
};
const base = (changed: ChangedFile[], over: Partial<SelectionInput> = {}): SelectionInput => ({
  event: 'pull_request',
  changed: { files: changed, truncated: false },
  configPath: '.github/iam-mutate.yml',
  setupScript: 'scripts/setup.sh',
  targets: [
    { policy: 'policies/app.json', workloadPaths: ['lambda/app'] },
    { policy: './policies/worker.json', workloadPaths: ['worker/'] },
  ],
  readFile: (p) => repo[p],
  ...over,
});
const mod = (path: string): ChangedFile => ({ path, status: 'modified' });

describe('selectTargets', () => {
  it('runs the target whose policy changed, with its reason', () => {
    const s = selectTargets(base([mod('policies/app.json')]));
    assert.deepEqual(s.targets, ['policies/app.json']);
    assert.deepEqual(s.reasons, { 'policies/app.json': 'policy changed' });
    assert.equal(s.relevant, true);
  });

  it('runs a target whose workload directory changed, not a sibling prefix', () => {
    const s = selectTargets(base([mod('worker/handler.py'), mod('lambda/application/x.py')]));
    assert.deepEqual(s.targets, ['policies/worker.json']);
    assert.equal(s.reasons['policies/worker.json'], 'workload file worker/handler.py changed');
  });

  it('runs every target when the config or the setup script changed', () => {
    assert.deepEqual(selectTargets(base([mod('.github/iam-mutate.yml')])).targets, [
      'policies/app.json',
      'policies/worker.json',
    ]);
    const s = selectTargets(base([mod('scripts/setup.sh')]));
    assert.equal(s.targets.length, 2);
    assert.equal(s.reasons['policies/app.json'], 'scripts/setup.sh changed');
  });

  it('counts both names of a renamed file, so moving a policy away runs its target', () => {
    const s = selectTargets(
      base([{ path: 'policies/app2.json', status: 'renamed', previousPath: 'policies/app.json' }]),
    );
    assert.deepEqual(s.targets, ['policies/app.json']);
  });

  it('runs a target whose policy file was removed (the run then names the missing file)', () => {
    assert.deepEqual(
      selectTargets(base([{ path: 'policies/worker.json', status: 'removed' }])).targets,
      ['policies/worker.json'],
    );
  });

  it('lints other changed JSON that parses as an IAM policy, skipping removed and non-policy JSON', () => {
    const s = selectTargets(
      base([
        mod('infra/extra-policy.json'),
        mod('package.json'),
        mod('broken.json'),
        { path: 'infra/old-policy.json', status: 'removed' },
        mod('README.md'),
      ]),
    );
    assert.deepEqual(s.targets, []);
    assert.deepEqual(s.lintOnly, ['infra/extra-policy.json']);
    assert.equal(s.relevant, true);
  });

  it('is not relevant when nothing it cares about changed', () => {
    const s = selectTargets(base([mod('README.md'), mod('src/index.ts')]));
    assert.deepEqual(s, { targets: [], reasons: {}, lintOnly: [], relevant: false });
  });

  for (const event of ['push', 'schedule', 'workflow_dispatch', 'other'] as const) {
    it(`runs every target on ${event}`, () => {
      const s = selectTargets(base([], { event, changed: undefined }));
      assert.deepEqual(s.targets, ['policies/app.json', 'policies/worker.json']);
      assert.equal(s.reasons['policies/app.json'], `${event} event runs every target`);
    });
  }

  it('fails closed to every target when GitHub cut the file list at 3,000', () => {
    const s = selectTargets(
      base([mod('README.md')], { changed: { files: [mod('README.md')], truncated: true } }),
    );
    assert.equal(s.targets.length, 2);
  });

  it('uses the policies globs without a config: changed matches on a PR, repo files otherwise', () => {
    const noConfig = {
      configPath: undefined,
      setupScript: undefined,
      targets: [],
      policyGlobs: ['custom/**/*.policy', 'infra/*.json'],
    };
    const pr = selectTargets(
      base([mod('custom/p.policy'), mod('package.json'), mod('infra/extra-policy.json')], noConfig),
    );
    assert.deepEqual(pr.lintOnly, ['custom/p.policy', 'infra/extra-policy.json']);
    const push = selectTargets(
      base([], { ...noConfig, event: 'push', changed: undefined, repoFiles: Object.keys(repo) }),
    );
    assert.deepEqual(push.lintOnly, ['infra/extra-policy.json', 'custom/p.policy']);
  });
});

describe('isIamPolicy', () => {
  it('needs an object with Version and Statement', () => {
    assert.equal(isIamPolicy(policy), true);
    assert.equal(isIamPolicy('[]'), false);
    assert.equal(isIamPolicy('{"Statement":[]}'), false);
    assert.equal(isIamPolicy('not json'), false);
    assert.equal(isIamPolicy(undefined), false);
  });
});
