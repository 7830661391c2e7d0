#!/usr/bin/env node
// Runs every compiled test file (build/test/**/*.test.js) with node's own test runner.
// Arguments narrow the run to test files whose path contains any of them:
//   npm test -- policy/evaluate     runs only build/test/policy/evaluate*.test.js
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const testRoot = path.join(root, 'build', 'test');

function collect(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...collect(abs));
    else if (name.endsWith('.test.js')) out.push(abs);
  }
  return out;
}

const filters = process.argv.slice(2).map((f) => f.replace(/^test\//, '').replace(/\.ts$/, ''));
const files = collect(testRoot).filter(
  (f) => filters.length === 0 || filters.some((x) => path.relative(testRoot, f).includes(x)),
);
if (files.length === 0) {
  process.stderr.write(`no test files matched ${filters.join(' ')}\n`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--test', '--test-reporter=spec', ...files],
  {
    stdio: 'inherit',
    cwd: root,
    // The SDK's notice that future releases need Node 22 is noise for our pinned SDK.
    env: {
      ...process.env,
      IAM_MUTATE_TEST: '1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
);
process.exit(result.status ?? 1);
