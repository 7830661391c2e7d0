#!/usr/bin/env node
// Renders report.html for a saved report and photographs it in headless Chromium, so a person
// (or the lead) can look at what users will see. Needs `npm run compile` first and the Debian
// `chromium` package (apt-get install -y chromium). Opens the page from disk (file://): a
// report that needs the network would show up here as an empty app.
//
//   node scripts/screenshot-report.mjs [DIR|report.json] [out.png] [--height 1600]
//                                      [--view mutant/<file>]
//
// DIR is a directory with report.json and, optionally, options.json as in
// test/fixtures/reports/<name>/ (default: test/fixtures/reports/flawed). Policy files are read
// relative to DIR. Writes out.png (default: <tmp>/iam-mutate-report.png) and the HTML beside it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const heightAt = args.indexOf('--height');
const height = heightAt >= 0 ? Number(args.splice(heightAt, 2)[1]) : 1600;
// --view mutant/<file> opens the elements app on one policy's source; <file> is the path
// below the policies' common directory, as the app lists it (e.g. mutant/reader-deny.json).
const viewAt = args.indexOf('--view');
const view = viewAt >= 0 ? `#${args.splice(viewAt, 2)[1]}` : '';
const input = path.resolve(args[0] ?? path.join(root, 'test/fixtures/reports/flawed'));
const dir = statSync(input).isDirectory() ? input : path.dirname(input);
const reportFile = statSync(input).isDirectory() ? path.join(input, 'report.json') : input;
const out = path.resolve(
  args[1] ?? path.join(mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-shot-')), 'report.png'),
);

const built = path.join(root, 'build/src/report');
if (!existsSync(path.join(built, 'render-all.js'))) {
  process.stderr.write('build/ is missing: run `npm run compile` first\n');
  process.exit(2);
}
const { renderReports } = await import(pathToFileURL(path.join(built, 'render-all.js')).href);
const { reportInRepositoryTerms } = await import(
  pathToFileURL(path.join(built, 'reverse-substitutions.js')).href
);
const { substitutionFor } = await import(
  pathToFileURL(path.join(root, 'build/src/mutate/substitute.js')).href
);

const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const optionsFile = path.join(dir, 'options.json');
const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
const policySources = {};
for (const t of report.targets) {
  const file = path.join(dir, t.policy);
  if (existsSync(file)) policySources[t.policy] = readFileSync(file, 'utf8');
}
// A report a run wrote is already in the policy file's terms (no options.json needed); the
// fixtures keep the attached text and name their substitutions in options.json.
const back = substitutionFor(options.substitutions ?? {}, {}, 'options.json').reverse;
const rendered = renderReports(reportInRepositoryTerms(report, back), {
  policySources,
  configPath: options.configPath ?? 'iam-mutate.yml',
  ...(options.reportUrl && { reportUrl: options.reportUrl }),
});
const html = out.replace(/\.png$/, '') + '.html';
writeFileSync(html, rendered['report.html']);

const browser = ['chromium', 'chromium-browser', 'google-chrome'].find((b) => {
  try {
    execFileSync('which', [b], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (browser === undefined) {
  process.stderr.write('no chromium found: apt-get install -y chromium\n');
  process.exit(2);
}
execFileSync(
  browser,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    // Gives the elements app time to render before the picture is taken.
    '--virtual-time-budget=5000',
    `--window-size=1280,${height}`,
    `--screenshot=${out}`,
    pathToFileURL(html).href + view,
  ],
  { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 },
);
process.stdout.write(`${out}\n${html}\n`);
