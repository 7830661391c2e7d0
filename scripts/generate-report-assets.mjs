#!/usr/bin/env node
// Writes src/report/mutation-elements.generated.json: the browser bundle of
// mutation-testing-elements with its version and licence, which report.html inlines so the
// report opens from disk with no network. A JSON module the code imports statically, so the
// ncc bundle (dist/) carries the text and never reads node_modules at run time.
// test/report/html-report.test.ts compares it with the installed package, so a bump of the
// dependency without regenerating fails the tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'src', 'report', 'mutation-elements.generated.json');

export function reportAssets() {
  const require = createRequire(path.join(root, 'package.json'));
  const bundle = require.resolve('mutation-testing-elements/mutation-test-elements.js');
  const script = readFileSync(bundle, 'utf8');
  // package.json is not exported; the bundle lives in <package>/dist/.
  const packageDir = path.resolve(path.dirname(bundle), '..');
  const pkg = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  // Inlined in a <script> element: these would end it early or change how it is parsed.
  if (/<\/?script/i.test(script))
    throw new Error('the elements bundle contains "<script"; inlining it is unsafe');
  return {
    package: pkg.name,
    version: pkg.version,
    license: pkg.license,
    licenseText: readFileSync(path.join(packageDir, 'LICENSE'), 'utf8'),
    script,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(out, `${JSON.stringify(reportAssets(), null, 2)}\n`);
  process.stderr.write(`wrote ${path.relative(root, out)}\n`);
}
