#!/usr/bin/env node
// Regenerates the README's picture of the pull-request comment from a real demo run:
// runs `iam-mutate demo` (dist/cli/index.js; `--cli build` uses build/src/cli/main.js after
// `npm run compile`), takes the comment.md it wrote, renders the flawed example's section as
// GitHub would (a small renderer for what comment.md uses: headings, tables, paragraphs,
// fenced diffs, <details>, inline HTML) with the suggested policy opened, and photographs it
// with headless Chromium (Debian package `chromium`).
//
//   npm run screenshots            -> docs/images/comment-flawed.png
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const cli =
  args[args.indexOf('--cli') + 1] === 'build' && args.includes('--cli')
    ? path.join(root, 'build/src/cli/main.js')
    : path.join(root, 'dist/cli/index.js');
const out = path.join(root, 'docs/images/comment-flawed.png');

const run = spawnSync(process.execPath, [cli, 'demo'], { cwd: root, encoding: 'utf8' });
if (run.status !== 0) throw new Error(`iam-mutate demo exited ${run.status}: ${run.stderr}`);
const dir = /reports written to (\S+?)\/?$/m.exec(`${run.stdout}\n${run.stderr}`)?.[1];
if (dir === undefined) throw new Error('the demo did not say where it wrote its reports');
const comment = readFileSync(path.join(dir, 'comment.md'), 'utf8');

// The flawed example's section, with the summary line above it.
const lines = comment.split('\n');
const heading = lines.findIndex((l) => l.startsWith('## '));
const flawed = lines.findIndex((l) => l.startsWith('### ') && l.includes('flawed'));
if (heading === -1 || flawed === -1) throw new Error('comment.md has no flawed section');
const section = [lines[heading], '', ...lines.slice(flawed)];

// Headless Chromium here has no colour-emoji font: the comment's marks are drawn as symbols
// every font has, in GitHub's colours.
const MARKS = [
  ['✅', '<span class="ok">✔</span>'],
  ['❌', '<span class="bad">✘</span>'],
  ['🚩', '<span class="bad">⚑</span>'],
  ['📄', ''],
];
const inline = (text) =>
  MARKS.reduce((t, [mark, html]) => t.replaceAll(mark, html), text).replace(
    /\*\*(.+?)\*\*/g,
    '<strong>$1</strong>',
  );
function render(md) {
  const html = [];
  for (let i = 0; i < md.length; i++) {
    const line = md[i];
    if (line.startsWith('```')) {
      const code = [];
      while (++i < md.length && !md[i].startsWith('```')) code.push(md[i]);
      html.push(
        `<pre>${code
          .map((c) => {
            const esc = c.replace(/&/g, '&amp;').replace(/</g, '&lt;');
            const cls = c.startsWith('-') ? 'del' : c.startsWith('+') ? 'add' : '';
            return `<span class="${cls}">${esc || ' '}</span>`;
          })
          .join('\n')}</pre>`,
      );
    } else if (line.startsWith('|')) {
      const rows = [];
      while (i < md.length && md[i].startsWith('|')) rows.push(md[i++]);
      i--;
      const cells = (r) =>
        r
          .slice(1, -1)
          .split(' | ')
          .map((c) => inline(c.trim()));
      html.push(
        `<table><thead><tr>${cells(rows[0])
          .map((c) => `<th>${c}</th>`)
          .join('')}</tr></thead><tbody>${rows
          .slice(2)
          .map(
            (r) =>
              `<tr>${cells(r)
                .map((c) => `<td>${c}</td>`)
                .join('')}</tr>`,
          )
          .join('')}</tbody></table>`,
      );
    } else if (/^#{2,3} /.test(line)) {
      const level = line.startsWith('### ') ? 3 : 2;
      html.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
    } else if (line.startsWith('<details>')) {
      // The suggested policy is what the picture is for: open it; keep the mutant list shut.
      const summary = md[i + 1] ?? '';
      html.push(summary.includes('Suggested policy') ? '<details open>' : '<details>');
    } else if (line.startsWith('<') || line.trim() === '') {
      html.push(inline(line));
    } else {
      html.push(`<p>${inline(line)}</p>`);
    }
  }
  return html.join('\n');
}

const page = `<!doctype html><meta charset="utf-8"><style>
body{font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328;margin:24px;max-width:1560px}
h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em;font-size:1.5em}h3{font-size:1.25em}
table{border-collapse:collapse;margin:12px 0}th,td{border:1px solid #d1d9e0;padding:6px 13px;vertical-align:top}
th{background:#f6f8fa}tr:nth-child(2n){background:#f6f8fa}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#eff1f3;padding:.2em .4em;border-radius:6px;word-break:break-all}
pre{font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace;background:#f6f8fa;padding:16px;border-radius:6px}
.del{color:#82071e;background:#ffebe9;display:inline-block;width:100%}.add{color:#116329;background:#dafbe1;display:inline-block;width:100%}
summary{cursor:pointer;font-weight:600;margin:8px 0}.ok{color:#1a7f37;font-weight:700}.bad{color:#cf222e;font-weight:700}
</style><body>${render(section)}</body>`;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-comment-'));
const html = path.join(scratch, 'comment.html');
writeFileSync(html, page);
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
    '--window-size=1600,2280',
    `--screenshot=${out}`,
    pathToFileURL(html).href,
  ],
  { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 },
);
process.stdout.write(`${path.relative(root, out)} (from ${path.join(dir, 'comment.md')})\n`);
