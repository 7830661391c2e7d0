import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, RunError } from '../../common/errors.js';
import type { Report, TargetReport } from '../../report/report-types.js';
import type { CliIo } from '../io.js';

const DEMO_CONFIG = path.join('examples', 'demo', 'iam-mutate.yml');
const GOLDEN = 'examples/least-privilege/policy.json';
const FLAWED = 'examples/flawed/policy.json';

/**
 * Runs both bundled examples (examples/demo/iam-mutate.yml) on ONE embedded emulator after ONE
 * setup: the golden least-privilege policy, whose every statement must come out justified, and
 * the flawed one, whose gate must fail (an over-broad s3:*, a duplicate grant, an unused Sid,
 * iam:PassRole on *). Prints both verdict tables, the findings, the suggested policy and the
 * scores, and writes comment.md and report.html to a folder it names. Exit 0 when both came
 * out as expected.
 */
export async function demoCommand(io: CliIo): Promise<ExitCode> {
  const root = packageRoot();
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'iam-mutate-demo-'));
  io.stderr(
    'iam-mutate demo: two policies for the same Lambda (six services), one emulator, one setup\n' +
      `  ${GOLDEN}  the golden policy: every statement should be justified\n` +
      `  ${FLAWED}          a policy grown the usual way: the gate should fail\n\n`,
  );
  // Loaded here, not at process start: --version and --help need none of it. What is needed
  // only after the run (the summary) is loaded later, so that setup starts sooner.
  const [{ runAndReport }, { progressReporter }] = await Promise.all([
    import('../../app/run-and-report.js'),
    import('../../app/progress-reporter.js'),
  ]);
  const { report, files } = await runAndReport({
    configPath: DEMO_CONFIG,
    cwd: root,
    reportDir,
    failOn: 'unjustified',
    useAuthorizationLog: true,
    // The demo shows the proof being made, every time.
    cache: false,
    hostEnv: io.env,
    reporter: progressReporter(io.stderr, io.interactive),
  });
  // run-and-report already gives the report in the policy files' own terms.
  const readable = report;
  const reports = await import('./demo-reports.js');
  io.stderr(`\n${reports.demoSummary(readable)}`);
  const written = Object.values(files).map((f) => f.path);
  io.stderr(`reports written to ${reportDir}/\n  ${written.join('\n  ')}\n\n`);

  const problems = [
    ...expectGolden(targetFor(readable, GOLDEN)),
    ...expectFlawed(targetFor(readable, FLAWED)),
  ];
  if (problems.length === 0) {
    io.stderr(
      'demo OK: the golden policy is proved least-privilege; the flawed one fails the gate, as expected\n',
    );
    return ExitCode.ok;
  }
  io.stderr(`demo did NOT come out as expected:\n  ${problems.join('\n  ')}\n`);
  return ExitCode.runBroke;
}

function targetFor(report: Report, policy: string): TargetReport | undefined {
  return report.targets.find((t) => t.policy === policy);
}

function expectGolden(target: TargetReport | undefined): string[] {
  if (target === undefined) return [`${GOLDEN} was not run`];
  if (target.baseline.status !== 'passed') return [`${GOLDEN}: baseline ${target.baseline.status}`];
  const notJustified = target.statements.filter((s) => s.justified !== true);
  return notJustified.length === 0
    ? []
    : [`${GOLDEN}: ${notJustified.map((s) => `${s.sid ?? s.index} ${s.status}`).join(', ')}`];
}

function expectFlawed(target: TargetReport | undefined): string[] {
  if (target === undefined) return [`${FLAWED} was not run`];
  if (target.baseline.status !== 'passed') return [`${FLAWED}: baseline ${target.baseline.status}`];
  const problems: string[] = [];
  if (target.statements.some((s) => s.justified === null)) {
    problems.push(`${FLAWED}: some statement could not be judged`);
  }
  if (!target.statements.some((s) => s.justified === false)) {
    problems.push(`${FLAWED}: every statement came out justified`);
  }
  if (target.suggestedPolicy?.verified !== true) {
    problems.push(
      `${FLAWED}: no verified suggested policy (${target.suggestedPolicy?.reason ?? 'none made'})`,
    );
  }
  return problems;
}

/** The directory holding examples/, found upwards from this module (bundled or compiled). */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, DEMO_CONFIG))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new RunError(`cannot find ${DEMO_CONFIG} next to iam-mutate`);
    dir = parent;
  }
}
