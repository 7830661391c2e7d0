import * as core from '@actions/core';
import { progressReporter } from '../app/progress-reporter.js';
import { runAndReport } from '../app/run-and-report.js';
import { describeFailure, ExitCode, InputError } from '../common/errors.js';
import { mutationScore } from '../mutate/score.js';
import type { Report } from '../report/report-types.js';
import { renderTextSummary } from '../report/text-summary.js';
import { readActionSettings } from './inputs.js';

/**
 * The GitHub Action entry point: the same run as `iam-mutate run` (src/app/run-and-report.ts),
 * with relative paths resolved against GITHUB_WORKSPACE (docs/config.md). The job summary is
 * comment.md. Every failure becomes an error annotation plus a failed step, never an unhandled
 * rejection.
 */
async function main(): Promise<void> {
  try {
    const settings = readActionSettings();
    const { report, gate, files } = await runAndReport({
      configPath: settings.configPath,
      cwd: settings.workspace,
      reportDir: settings.reportDir,
      failOn: settings.failOn,
      ...(settings.endpoint !== undefined && { endpoint: settings.endpoint }),
      hostEnv: settings.hostEnv,
      reporter: progressReporter((text) => process.stdout.write(text), false),
    });
    setOutputs(report, settings.reportDir);
    core.info(renderTextSummary(report));
    await core.summary.addRaw(files['comment.md'].content, true).write();
    if (gate.kind !== 'pass') {
      core.setFailed(`iam-mutate: ${gate.reasons.join('; ')}`);
      process.exitCode = gate.kind === 'broken' ? ExitCode.runBroke : ExitCode.gateFailed;
    }
  } catch (error) {
    if (error instanceof InputError) {
      for (const d of error.diagnostics.filter((d) => d.file !== '')) {
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
