#!/usr/bin/env node
// Builds the committed bundles: dist/index.js (the action) and dist/cli/index.js (the CLI).
// With --check, builds into a temporary directory and fails if dist/ differs by a single byte,
// so a stale dist/ (the action runs dist/, not src/) cannot be committed unnoticed.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const bundles = [
  { entry: 'src/action/main.ts', out: '.' },
  { entry: 'src/cli/main.ts', out: 'cli' },
];

/** Both bundles at once: each ncc run is mostly single-threaded. */
async function build(outDir) {
  await Promise.all(
    bundles.map(
      ({ entry, out }) =>
        new Promise((resolve, reject) => {
          execFile(
            process.execPath,
            [ncc, 'build', entry, '-o', path.join(outDir, out), '--license', 'licenses.txt', '-q'],
            { cwd: root, maxBuffer: 64 * 1024 * 1024 },
            (error, _stdout, stderr) =>
              error ? reject(new Error(`ncc ${entry} failed:\n${stderr}`)) : resolve(),
          );
        }),
    ),
  );
  chmodSync(path.join(outDir, 'cli', 'index.js'), 0o755);
}

function listFiles(dir, prefix = '') {
  let files = [];
  for (const name of readdirSync(dir)) {
    const rel = path.join(prefix, name);
    const abs = path.join(dir, name);
    files = statSync(abs).isDirectory() ? files.concat(listFiles(abs, rel)) : files.concat(rel);
  }
  return files.sort();
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-dist-'));
try {
  await build(tmp);
  const dist = path.join(root, 'dist');
  if (!check) {
    rmSync(dist, { recursive: true, force: true });
    cpSync(tmp, dist, { recursive: true });
    chmodSync(dist, 0o755);
    process.stderr.write(`built ${listFiles(dist).length} files into dist/\n`);
  } else {
    let fresh;
    let committed;
    try {
      committed = listFiles(dist);
    } catch {
      committed = [];
    }
    fresh = listFiles(tmp);
    const problems = [];
    for (const f of new Set([...fresh, ...committed])) {
      if (!committed.includes(f)) problems.push(`missing from dist/: ${f}`);
      else if (!fresh.includes(f)) problems.push(`not produced by the build: dist/${f}`);
      else if (!readFileSync(path.join(tmp, f)).equals(readFileSync(path.join(dist, f)))) {
        problems.push(`differs from a fresh build: dist/${f}`);
      }
    }
    if (problems.length > 0) {
      process.stderr.write(
        `dist/ is stale; run \`npm run build\` and commit dist/:\n  ${problems.join('\n  ')}\n`,
      );
      process.exitCode = 1;
    } else {
      process.stderr.write('dist/ is up to date\n');
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
