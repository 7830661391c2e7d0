/**
 * Lints every AWS managed policy (bench/data/aws-managed-policies.json.gz: 1,388 policies from
 * https://github.com/z0ph/MAMIP, the AWS managed policies as AWS publishes them), as a fresh
 * `iam-mutate lint` process would: loading the linter (and its action catalog), then a cold pass
 * (catalog services decoded, wildcards expanded and V8 compiling the hot code on first use), then
 * a warm pass over the same corpus (everything cached and compiled).
 *
 * Target: the cold process (load + cold pass) under 2 s, judged on CPU time (user + system, all
 * threads of this process, V8's compiler and GC threads included). CPU time is what the linter
 * costs; wall time is printed beside it, but on a machine shared with other work it mostly
 * measures waiting for a core. Both are also shown as a ratio of the target, and the load
 * average is printed, so a run on a quiet machine can be compared.
 * The digest of all findings lets a speed-up show that it changed no finding.
 * Run: npm run bench -- lint
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
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

const helpers0 = helperThreadsCpuMs();
const [cold, coldT] = timed(pass);
const helpersCold = helperThreadsCpuMs() - helpers0;
const [warm, warmT] = timed(pass);
const total: Timing = { ms: load.ms + coldT.ms, cpuMs: load.cpuMs + coldT.cpuMs };
const ok = total.cpuMs < TARGET_MS;

const ms = (n: number) => n.toFixed(0).padStart(8);
const ratio = (n: number) => `${(n / TARGET_MS).toFixed(2)}x`;
const row = (label: string, t: Timing, extra = '') =>
  `  ${label.padEnd(44)}${ms(t.cpuMs)}${ms(t.ms)}${extra}\n`;
process.stdout.write(
  `lint: ${texts.length} AWS managed policies, ${cold.findings} findings (digest ${cold.digest}), ${cold.errors} unparsable\n` +
    `machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(2)} when the passes ran\n` +
    `  ${''.padEnd(44)}${'CPU ms'.padStart(8)}${'wall ms'.padStart(8)}\n` +
    row('load: linter module + catalog JSON', load) +
    row('cold pass: first lint of every policy', coldT) +
    row(
      'cold process: load + cold pass',
      total,
      `   target ${TARGET_MS} ms of CPU: ${ok ? 'PASS' : 'FAIL'} (CPU ${ratio(total.cpuMs)}, wall ${ratio(total.ms)} of target)`,
    ) +
    row(
      'warm pass: same corpus again, all cached',
      warmT,
      warm.digest === cold.digest ? '' : '   FINDINGS DIFFER FROM THE COLD PASS',
    ) +
    (helpersCold >= 0
      ? `  of the cold pass's CPU, ${helpersCold.toFixed(0)} ms ran on V8's helper threads (optimising compiler, GC)\n`
      : '') +
    '  CPU = user + system time of all threads of this process: what linting costs. Wall time also\n' +
    '  counts waiting for a core, so on a loaded machine it can exceed the target while CPU does not.\n',
);
if (!ok || warm.digest !== cold.digest) process.exitCode = 1;

/**
 * CPU time of every thread but the main one (Linux only; -1 elsewhere): V8 compiles hot code
 * and collects garbage on helper threads, which is why CPU time can exceed wall time.
 */
function helperThreadsCpuMs(): number {
  const dir = '/proc/self/task';
  if (!existsSync(dir)) return -1;
  let ticks = 0;
  for (const tid of readdirSync(dir)) {
    if (tid === String(process.pid)) continue;
    try {
      const fields = readFileSync(`${dir}/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // the thread ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}
