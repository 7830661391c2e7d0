import path from 'node:path';
import * as core from '@actions/core';
import { loadConfigFile } from '../cli/commands/run.js';
import { progressReporter } from '../cli/progress.js';
import { writeReportFiles } from '../cli/write-report-files.js';
import { describeFailure, ExitCode, InputError } from '../common/errors.js';
import { runPlan } from '../mutate/run-plan.js';
import { mutationScore } from '../mutate/score.js';
import { evaluateGate } from '../report/gate.js';
import type { Report } from '../report/report-types.js';
import { renderTextSummary } from '../report/text-summary.js';
import { ActionInputError, readActionSettings } from './inputs.js';

/**
 * The GitHub Action entry point: the same run as `iam-mutate run`, with relative paths
 * resolved against GITHUB_WORKSPACE (docs/config.md). Every failure becomes an error annotation
 * plus a failed step, never an unhandled rejection.
 */
async function main(): Promise<void> {
  try {
    const settings = readActionSettings();
    const config = loadConfigFile(settings.configPath, { cwd: settings.workspace });
    const reportDir = path.resolve(settings.workspace, settings.reportDir);
    const report = await runPlan({
      config,
      reportDir,
      ...(settings.endpoint !== undefined && { endpoint: settings.endpoint }),
      only: [],
      verify: config.verify,
      hostEnv: settings.hostEnv,
      reporter: progressReporter((text) => process.stdout.write(text), false),
    });
    await writeReportFiles(reportDir, { 'report.json': `${JSON.stringify(report, null, 2)}\n` });
    setOutputs(report, settings.reportDir);
    const table = renderTextSummary(report);
    core.info(table);
    await core.summary.addHeading('iam-mutate', 2).addCodeBlock(table, 'text').write();
    const gate = evaluateGate(report, settings.failOn);
    if (gate.kind !== 'pass') {
      core.setFailed(`iam-mutate: ${gate.reasons.join('; ')}`);
      process.exitCode = gate.kind === 'broken' ? ExitCode.runBroke : ExitCode.gateFailed;
    }
  } catch (error) {
    if (error instanceof ActionInputError) {
      core.setFailed(`iam-mutate: ${error.message}`);
      process.exitCode = ExitCode.badInput;
      return;
    }
    if (error instanceof InputError) {
      for (const d of error.diagnostics) {
        core.error(d.message, {
          file: d.file,
          ...(d.position && { startLine: d.position.line, startColumn: d.position.column }),
        });
      }
    }
    const { exitCode, message } = describeFailure(error);
    core.setFailed(`iam-mutate: ${message}`);
    process.exitCode = exitCode;
  }
}

function setOutputs(report: Report, reportDir: string): void {
  const statements = report.targets.flatMap((t) => t.statements);
  const score = mutationScore(statements.map((s) => s.status));
  core.setOutput('score', score === null ? '' : String(score));
  core.setOutput('unjustified', String(statements.filter((s) => s.justified === false).length));
  core.setOutput('report-dir', reportDir);
}

// See src/cli/main.ts: the SDK's Node 22 notice does not apply to a pinned SDK.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

await main();
