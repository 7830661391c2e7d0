import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Issue 18: what every output of the Deny fixture run (iam-mutate-deny.yml) says about its two
 * Deny statements. NoWrites is needed: without it the probe's PutObject *succeeds*, so no output
 * may call anything "denied" on its row. NoQueueDelete is redundant: nothing becomes allowed
 * without it. Checked in the text summary, comment.md, results.sarif, report.html and
 * mutation.json, each read as the user meets it.
 */
export function assertDenyWordsInEveryOutput(workDir: string, textSummary: string): void {
  const out = path.join(workDir, 'iam-mutate-report');
  const read = (name: string): string => readFileSync(path.join(out, name), 'utf8');
  const probe = 'aws s3api put-object --bucket mutate-e2e --key probe.txt';
  const needed = (rendered: string): RegExp =>
    new RegExp(`without it, .*${escape(rendered)}.* succeeds: s3:PutObject becomes allowed`);

  const textRow = lineWith(textSummary, /^\s+NoWrites\s/);
  assert.match(textRow, needed(probe));
  assert.doesNotMatch(textRow, /denied/);
  assert.match(lineWith(textSummary, /^\s+NoQueueDelete\s/), /nothing becomes allowed without it/);

  const comment = read('comment.md');
  const commentRow = lineWith(comment, /^\| NoWrites \|/);
  assert.match(commentRow, needed(`<code>${probe}</code>`));
  assert.doesNotMatch(commentRow, /denied/);
  assert.match(lineWith(comment, /NoQueueDelete\*\* \|/), /nothing becomes allowed without it/);

  const html = read('report.html');
  const htmlRow = html.slice(
    html.indexOf('<td>NoWrites</td>'),
    html.indexOf('</tr>', html.indexOf('<td>NoWrites</td>')),
  );
  assert.match(htmlRow, needed(`<code>${probe}</code>`));
  assert.doesNotMatch(htmlRow, /denied/);

  // SARIF reports the unjustified statements only: the redundant Deny, in the Deny's words.
  const sarif = JSON.parse(read('results.sarif')) as {
    runs: { results: { ruleId: string; message: { text: string } }[] }[];
  };
  const results = sarif.runs[0]?.results ?? [];
  const redundant = results.filter((r) => r.message.text.includes('NoQueueDelete'));
  assert.equal(redundant.length, 1, JSON.stringify(results));
  assert.match(
    redundant[0]?.message.text ?? '',
    /Deny statement NoQueueDelete is unjustified: nothing becomes allowed without it/,
  );
  for (const r of results) assert.doesNotMatch(r.message.text, /NoWrites|is denied/);

  // The mutation-testing report's status reason for the needed Deny's mutant.
  const mutation = JSON.parse(read('mutation.json')) as {
    files: Record<string, { mutants: { description: string; statusReason?: string }[] }>;
  };
  const mutants = Object.values(mutation.files).flatMap((f) => f.mutants);
  const denyMutant = mutants.find((m) =>
    m.description.startsWith('removed Deny statement NoWrites'),
  );
  assert.ok(denyMutant, JSON.stringify(mutants.map((m) => m.description)));
  assert.match(denyMutant.statusReason ?? '', needed(probe));
}

function lineWith(text: string, pattern: RegExp): string {
  const line = text.split('\n').find((l) => pattern.test(l));
  assert.ok(line !== undefined, `no line matches ${String(pattern)} in:\n${text}`);
  return line;
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
