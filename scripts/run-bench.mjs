#!/usr/bin/env node
// Runs the benchmarks (build/bench/*.js, compiled from bench/*.ts), one process each, in order.
// Arguments narrow the run: `npm run bench -- evaluate` runs only build/bench/evaluate.js.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'build', 'bench');
const filters = process.argv.slice(2);
const files = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
      .sort()
  : [];
if (files.length === 0) {
  process.stderr.write('no benchmark matched\n');
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  process.stderr.write(`\n== bench/${file.replace(/\.js$/, '.ts')} ==\n`);
  const result = spawnSync(process.execPath, [path.join(benchDir, file)], {
    stdio: 'inherit',
    cwd: root,
    // The SDK's notice that future releases need Node 22 is noise for our pinned SDK.
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
