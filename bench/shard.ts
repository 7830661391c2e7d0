/**
 * Issue 17: 60 generated targets (test/helpers/synthetic-repo.ts: tiny curl workloads, some
 * failing on purpose) proved three ways, side by side:
 *
 *  1. sequentially on one runner (`run --jobs 1`, the default);
 *  2. concurrently on one runner (`run --jobs N`: N groups, each with its own embedded
 *     emulator and setup run);
 *  3. as 4 shards (`plan --shards 4`, `run --shard I/4 --plan` one after another here, as 4
 *     matrix jobs would run side by side), then `merge`: the time of each shard, and the
 *     critical path a matrix would see (the slowest shard plus the merge).
 *
 * Every run is a separate CLI process with the cache off. Wall clock and CPU time (the process
 * and everything it waited for: workloads, setup) are printed with the load average, since a
 * shared machine makes wall clock noisy. Uses build/src/cli/main.js (the compiled source;
 * IAM_MUTATE_CLI=dist/cli/index.js measures the bundle).
 * Run: npm run bench -- shard   (IAM_MUTATE_BENCH_TARGETS=N for another size)
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticRepo } from '../test/helpers/synthetic-repo.js';

const CLI = path.resolve(process.env.IAM_MUTATE_CLI ?? 'build/src/cli/main.js');
const TARGETS = Number(process.env.IAM_MUTATE_BENCH_TARGETS ?? 60);
const SHARDS = 4;

interface Timed {
  label: string;
  wallMs: number;
  cpuMs: number;
  exit: number | null;
  load: string;
}

/** CPU time of this process's waited-for children (/proc/self/stat cutime + cstime), ms. */
function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
  const ticks = Number(fields[13]) + Number(fields[14]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

async function cli(label: string, cwd: string, args: string[], stdout?: string): Promise<Timed> {
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  const exit = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
  const wallMs = performance.now() - t0;
  if (stdout) writeFileSync(path.join(cwd, stdout), exit.out);
  return {
    label,
    wallMs,
    cpuMs: childrenCpuMs() - cpu0,
    exit: exit.code,
    load: os.loadavg()[0]!.toFixed(2),
  };
}

function row(t: Timed, baseline?: Timed): string {
  const ratio = baseline ? `${(baseline.wallMs / t.wallMs).toFixed(2)}x` : '';
  return `${t.label.padEnd(34)} ${(t.wallMs / 1000).toFixed(1).padStart(7)} s ${(t.cpuMs / 1000).toFixed(1).padStart(7)} s  ${ratio.padStart(6)}  load ${t.load}  exit ${t.exit}`;
}

async function main(): Promise<void> {
  const cores = os.availableParallelism();
  process.stdout.write(
    `${TARGETS} generated targets, ${cores} core(s), load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
  process.stdout.write(
    `${'run'.padEnd(34)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)}  ${'speedup'.padStart(6)}\n`,
  );
  const common = ['--config', 'iam-mutate.yml', '--no-cache'];

  const seqRepo = syntheticRepo(TARGETS, 'iam-mutate-bench-shard-');
  const sequential = await cli('sequential (--jobs 1)', seqRepo.dir, [
    'run',
    ...common,
    '--report-dir',
    'r',
  ]);
  process.stdout.write(`${row(sequential)}\n`);
  for (const jobs of [...new Set([2, cores])].sort((a, b) => a - b)) {
    const r = syntheticRepo(TARGETS, 'iam-mutate-bench-shard-');
    const t = await cli(`concurrent (--jobs ${jobs})`, r.dir, [
      'run',
      ...common,
      '--jobs',
      String(jobs),
      '--report-dir',
      'r',
    ]);
    process.stdout.write(`${row(t, sequential)}\n`);
  }

  const shardRepo = syntheticRepo(TARGETS, 'iam-mutate-bench-shard-');
  const plan = await cli(
    'plan --shards 4',
    shardRepo.dir,
    ['plan', '--config', 'iam-mutate.yml', '--shards', String(SHARDS)],
    'plan.json',
  );
  process.stdout.write(`${row(plan)}\n`);
  const shards: Timed[] = [];
  for (let i = 1; i <= SHARDS; i++) {
    const t = await cli(`shard ${i}/${SHARDS}`, shardRepo.dir, [
      'run',
      ...common,
      '--shard',
      `${i}/${SHARDS}`,
      '--plan',
      'plan.json',
      '--report-dir',
      `shards/${i}`,
    ]);
    shards.push(t);
    process.stdout.write(`${row(t, sequential)}\n`);
  }
  const merge = await cli('merge', shardRepo.dir, ['merge', 'shards', '--report-dir', 'merged']);
  process.stdout.write(`${row(merge)}\n`);
  const slowest = Math.max(...shards.map((s) => s.wallMs));
  const critical: Timed = {
    label: `matrix critical path (slowest+merge)`,
    wallMs: plan.wallMs + slowest + merge.wallMs,
    cpuMs: plan.cpuMs + shards.reduce((a, s) => a + s.cpuMs, 0) + merge.cpuMs,
    exit: merge.exit,
    load: os.loadavg()[0]!.toFixed(2),
  };
  process.stdout.write(`${row(critical, sequential)}\n`);
  process.stdout.write(
    '(critical path: plan + slowest shard + merge, as 4 runners would see it; cpu: all shards)\n',
  );
  const merged = JSON.parse(
    readFileSync(path.join(shardRepo.dir, 'merged', 'report.json'), 'utf8'),
  ) as { targets: unknown[] };
  const single = JSON.parse(readFileSync(path.join(seqRepo.dir, 'r', 'report.json'), 'utf8')) as {
    targets: { durationMs?: number }[];
  };
  const strip = (ts: unknown[]) =>
    JSON.stringify(ts.map((t) => ({ ...(t as object), durationMs: undefined })));
  process.stdout.write(
    `merged verdicts identical to the sequential run: ${strip(merged.targets) === strip(single.targets)}\n`,
  );
}

await main();
