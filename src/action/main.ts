import * as core from '@actions/core';
import { loadConfigFile } from '../cli/commands/run.js';
import { describeFailure, ExitCode, InputError } from '../common/errors.js';
import { ActionInputError, readActionSettings } from './inputs.js';

/**
 * The GitHub Action entry point. Relative paths resolve against GITHUB_WORKSPACE (DESIGN.md).
 * Every failure becomes an error annotation plus a failed step, never an unhandled rejection.
 */
async function main(): Promise<void> {
  try {
    const settings = readActionSettings();
    const config = loadConfigFile(settings.configPath, { cwd: settings.workspace });
    core.info(`iam-mutate: config ok, ${config.targets.length} target(s)`);
    core.setOutput('report-dir', settings.reportDir);
    // The mutation loop (issue 7) and the PR bot land later; fail rather than pass untested.
    core.setFailed('iam-mutate: the mutation engine is not built yet; no policy was verified');
    process.exitCode = ExitCode.runBroke;
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

// See src/cli/main.ts: the SDK's Node 22 notice does not apply to a pinned SDK.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

await main();
