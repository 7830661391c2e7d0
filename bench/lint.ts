/**
 * Lints every AWS managed policy (bench/data/aws-managed-policies.json.gz: 1,388 policies from
 * https://github.com/z0ph/MAMIP, the AWS managed policies as AWS publishes them) and prints the
 * wall time of a cold pass (catalog decoded on first use) and of a warm pass.
 * Target: the whole corpus under 2 s. Run: npm run bench -- lint
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, strFromU8 } from 'fflate';
import { lintPolicyText } from '../src/lint/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root =
  path.basename(path.dirname(here)) === 'build'
    ? path.resolve(here, '../..')
    : path.resolve(here, '..');
const corpus = JSON.parse(
  strFromU8(
    gunzipSync(readFileSync(path.join(root, 'bench', 'data', 'aws-managed-policies.json.gz'))),
  ),
) as { count: number; policies: Record<string, unknown> };
const texts = Object.entries(corpus.policies).map(
  ([name, doc]) => [name, JSON.stringify(doc, null, 2)] as const,
);

function pass(): { ms: number; cpuMs: number; findings: number; errors: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let findings = 0;
  let errors = 0;
  for (const [name, text] of texts) {
    const r = lintPolicyText(text, name, { kind: 'identity', policyKind: 'managed' });
    findings += r.findings.length;
    errors += r.errors.length;
  }
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, findings, errors };
}

const cold = pass();
const warm = pass();
process.stdout.write(
  `lint: ${texts.length} AWS managed policies, ${cold.findings} findings, ${cold.errors} unparsable\n` +
    `  cold pass ${cold.ms.toFixed(0)} ms (CPU ${cold.cpuMs.toFixed(0)} ms), warm pass ${warm.ms.toFixed(0)} ms (CPU ${warm.cpuMs.toFixed(0)} ms); target: under 2000 ms\n` +
    '  (wall time includes waiting for a CPU on a loaded machine; CPU time is what the linter costs)\n',
);
if (cold.ms >= 2000) process.exitCode = 1;
