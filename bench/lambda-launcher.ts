/**
 * The cold-start cost of the clean launcher (src/emulator/lambda/runtime/clean-launcher.ts):
 * the runtime's interpreter started directly versus through the launcher's /bin/sh hop, as a
 * worker is. Wall-clock p50 and the children's CPU time (from /proc/self/stat, cutime+cstime)
 * per start, side by side with their ratio, so the figure can be re-run on a quiet machine.
 * Run: npm run bench -- lambda-launcher
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { launcherCommand } from '../src/emulator/lambda/runtime/clean-launcher.js';

const STARTS = 30;
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Children's CPU so far (user + system), in ms. */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After "(comm)": state is field 0, so cutime/cstime (stat fields 16/17) are 13/14.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', env: { PATH: process.env.PATH ?? '' } });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
  });
}

async function measure(
  command: string,
  args: string[],
): Promise<{ wallP50: number; cpuPerStart: number }> {
  const walls: number[] = [];
  const cpuBefore = childrenCpuMs();
  for (let i = 0; i < STARTS; i++) {
    const started = performance.now();
    await run(command, args);
    walls.push(performance.now() - started);
  }
  walls.sort((a, b) => a - b);
  return {
    wallP50: walls[Math.floor(walls.length / 2)]!,
    cpuPerStart: (childrenCpuMs() - cpuBefore) / STARTS,
  };
}

function realPython(): string {
  return execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
    encoding: 'utf8',
  }).trim();
}

async function main(): Promise<void> {
  console.log(
    `clean launcher hop: ${STARTS} starts each, load average ${os.loadavg()[0]!.toFixed(2)}`,
  );
  console.log(
    'interpreter        | direct wall p50 | launcher wall p50 | ratio | direct cpu | launcher cpu',
  );
  for (const [name, command, args] of [
    // The real interpreter, as the pool probes it (not a version manager's shim).
    ['python3 -c pass', realPython(), ['-c', 'pass']],
    ['node -e 0', process.execPath, ['-e', '0']],
  ] as const) {
    const direct = await measure(command, [...args]);
    const launcher = launcherCommand(command, args);
    const through = await measure(launcher.command, launcher.args);
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(
      `${name.padEnd(18)} | ${ms(direct.wallP50).padStart(15)} | ${ms(through.wallP50).padStart(17)} | ${(through.wallP50 / direct.wallP50).toFixed(2).padStart(5)} | ${ms(direct.cpuPerStart).padStart(10)} | ${ms(through.cpuPerStart).padStart(12)}`,
    );
  }
}

await main();
