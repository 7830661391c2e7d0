import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../src/cli/cli.js';
import { captureIo } from '../helpers/capture-io.js';
import { fixtureCopy, hostEnv, readRunReport } from '../helpers/run-workspace.js';

/**
 * What the code under test can see and do during `iam-mutate run` on the embedded emulator:
 * an environment built from an allow-list (no CI tokens, no action inputs, no proxies; the
 * config's `env:` extends it), and no way to sign as the emulator's well-known admin.
 */
describe('iam-mutate run isolates setup and workloads', () => {
  it('passes only allowed variables, bypasses proxies, and refuses test/test', async () => {
    const dir = fixtureCopy('iam-mutate-isolation-');
    writeFileSync(path.join(dir, 'setup-dump.sh'), 'env > setup-env.txt\nexec bash setup.sh\n');
    writeFileSync(
      path.join(dir, 'iam-mutate-isolation.yml'),
      [
        'version: 1',
        'setup: setup-dump.sh',
        'env: [MY_SETTING]',
        'substitute:',
        '  BUCKET: ${BUCKET}',
        'targets:',
        '  - policy: policy.json',
        '    role: workload-role',
        '    workload:',
        // Signing as the well-known admin must be refused; the real workload must then pass
        // even with HTTP(S)_PROXY pointing at a closed port on the host.
        '      command: env > workload-env.txt; AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_SESSION_TOKEN= aws iam list-roles > admin.txt 2>&1; echo "exit=$?" >> admin.txt; python3 workload.py',
        '    timeout: 30s',
        '    expect:',
        '      status: ok',
        '',
      ].join('\n'),
    );
    const secrets = {
      GITHUB_TOKEN: 'ghs_secret-github-token',
      GH_TOKEN: 'ghs_secret-gh-token',
      ACTIONS_RUNTIME_TOKEN: 'secret-runtime-token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret-oidc-token',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/secret',
      INPUT_GITHUB_TOKEN: 'secret-input-token',
      AWS_PROFILE: 'production',
      UNLISTED_SETTING: 'secret-unlisted',
    };
    const env = {
      ...hostEnv(),
      ...secrets,
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      http_proxy: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
      MY_SETTING: 'listed-in-env',
      JAVA_HOME: '/opt/jdk-for-test',
      LC_ALL: 'C.UTF-8',
    };
    const c = captureIo(dir, env);
    const exitCode = await runCli(['run', '--config', 'iam-mutate-isolation.yml'], c.io);
    const [target] = readRunReport(dir).targets;
    assert.equal(target?.baseline.status, 'passed', `${target?.baseline.reason}\n${c.stderr()}`);
    assert.ok(exitCode === 0 || exitCode === 1, c.stderr());

    for (const file of ['setup-env.txt', 'workload-env.txt']) {
      const seen = parseEnv(readFileSync(path.join(dir, file), 'utf8'));
      for (const [name, value] of Object.entries(secrets)) {
        assert.equal(seen[name], undefined, `${file}: ${name} must not be passed`);
        assert.ok(!Object.values(seen).includes(value), `${file}: the value of ${name} leaked`);
      }
      for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) {
        assert.equal(seen[name], undefined, `${file}: ${name} must be removed`);
      }
      assert.equal(seen.MY_SETTING, 'listed-in-env', `${file}: env: extends the allow-list`);
      assert.equal(seen.JAVA_HOME, '/opt/jdk-for-test', `${file}: toolchain variables pass`);
      assert.equal(seen.LC_ALL, 'C.UTF-8', `${file}: locale passes`);
      const endpointHost = new URL(seen.AWS_ENDPOINT_URL ?? '').hostname;
      assert.ok(seen.NO_PROXY?.split(',').includes(endpointHost), `${file}: NO_PROXY`);
      assert.ok(seen.no_proxy?.split(',').includes(endpointHost), `${file}: no_proxy`);
      assert.notEqual(seen.AWS_ACCESS_KEY_ID, 'test', `${file}: never the well-known admin key`);
    }
    // Setup acts as this run's admin; the workload as the role's session.
    const setupEnv = parseEnv(readFileSync(path.join(dir, 'setup-env.txt'), 'utf8'));
    assert.match(setupEnv.AWS_ACCESS_KEY_ID ?? '', /^AKIM[0-9A-F]{16}$/);

    const admin = readFileSync(path.join(dir, 'admin.txt'), 'utf8');
    assert.doesNotMatch(admin, /exit=0/, `test/test must be refused:\n${admin}`);
    assert.match(admin, /InvalidClientTokenId|UnrecognizedClient|SignatureDoesNotMatch/);
  });

  it('refuses an env: name that is never passed, at its line', async () => {
    const dir = fixtureCopy('iam-mutate-isolation-');
    writeFileSync(
      path.join(dir, 'bad-env.yml'),
      'version: 1\nenv:\n  - PATH\n  - GITHUB_TOKEN\ntargets:\n  - policy: policy.json\n    role: r\n    workload:\n      command: "true"\n',
    );
    const c = captureIo(dir, hostEnv());
    const exitCode = await runCli(['run', '--config', 'bad-env.yml'], c.io);
    assert.equal(exitCode, 2, c.stderr());
    assert.match(c.stderr(), /bad-env\.yml:4:5: error: GITHUB_TOKEN is never passed/);
  });
});

function parseEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}
