/**
 * Lints every AWS managed policy (bench/data/aws-managed-policies.json.gz: 1,388 policies from
 * https://github.com/z0ph/MAMIP, the AWS managed policies as AWS publishes them), as a fresh
 * `iam-mutate lint` process would: loading the linter (and its action catalog), then a cold pass
 * (catalog services decoded and wildcards expanded on first use), then a warm pass.
 *
 * Target: the whole corpus under 2 s, judged on the CPU time (user + system, all threads of this
 * process) of loading plus the cold pass. CPU time is what the linter costs; wall time is printed
 * too but on a machine shared with other work it mostly measures waiting for a core.
 * The digest of all findings lets a speed-up show that it changed no finding.
 * Run: npm run bench -- lint
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, strFromU8 } from 'fflate';

const TARGET_MS = 2000;

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

interface Timing {
  ms: number;
  cpuMs: number;
}

function timed<T>(fn: () => T): [T, Timing] {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = fn();
  const cpu = process.cpuUsage(c0);
  return [value, { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 }];
}

// Loading the module parses the catalog JSON: part of what a fresh `iam-mutate lint` pays.
const l0 = performance.now();
const c0 = process.cpuUsage();
const { lintPolicyText } = await import('../src/lint/index.js');
const loadCpu = process.cpuUsage(c0);
const load: Timing = {
  ms: performance.now() - l0,
  cpuMs: (loadCpu.user + loadCpu.system) / 1000,
};

function pass(): { findings: number; errors: number; digest: string } {
  const hash = createHash('sha256');
  let findings = 0;
  let errors = 0;
  for (const [name, text] of texts) {
    const r = lintPolicyText(text, name, { kind: 'identity', policyKind: 'managed' });
    findings += r.findings.length;
    errors += r.errors.length;
    hash.update(JSON.stringify(r.findings));
  }
  return { findings, errors, digest: hash.digest('hex').slice(0, 16) };
}

const [cold, coldT] = timed(pass);
const [warm, warmT] = timed(pass);
const total: Timing = { ms: load.ms + coldT.ms, cpuMs: load.cpuMs + coldT.cpuMs };
const ok = total.cpuMs < TARGET_MS;
const show = (t: Timing) => `CPU ${t.cpuMs.toFixed(0)} ms, wall ${t.ms.toFixed(0)} ms`;

process.stdout.write(
  `lint: ${texts.length} AWS managed policies, ${cold.findings} findings (digest ${cold.digest}), ${cold.errors} unparsable\n` +
    `  load (module + catalog JSON): ${show(load)}\n` +
    `  cold pass:                    ${show(coldT)}\n` +
    `  load + cold pass:             ${show(total)}\n` +
    `  warm pass:                    ${show(warmT)}${warm.digest === cold.digest ? '' : ' (FINDINGS DIFFER FROM THE COLD PASS)'}\n` +
    `target: load + cold pass under ${TARGET_MS} ms of CPU time: ${ok ? 'PASS' : 'FAIL'} (${total.cpuMs.toFixed(0)} ms)\n` +
    '  (CPU time = user + system time of this process, what linting costs; wall time also\n' +
    '   counts waiting for a core, so on a loaded machine it can exceed the target while CPU does not)\n',
);
if (!ok || warm.digest !== cold.digest) process.exitCode = 1;
