import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { stopOnSignals } from '../app/stop-on-signals.js';
import { describeFailure, ExitCode, InputError } from '../common/errors.js';
import { commentFromArtifact } from './comment-from-artifact.js';
import type { PullRequestPayload } from './github/event-context.js';
import { ActionInputError, readActionSettings } from './inputs.js';
import { mergeShards } from './merge-shards.js';
import { planShardsStep, runShardStep } from './shard-steps.js';
import { GitHubStepError, runProof } from './run-proof.js';

/**
 * The GitHub Action entry point (docs/github-action.md). `mode: run` (default): the proof of
 * the targets the event touches, with the sticky comment, review suggestions, check run,
 * outputs and gate. `mode: comment-from-artifact`: job 2 of the fork-safe workflow. `mode:
 * plan`, `mode: run` with `shard`, `mode: merge`: the three jobs of the sharded workflow
 * (plan the matrix; run one shard, posting nothing; merge the shards' reports and post). Every
 * failure becomes one line plus a failed step, never an unhandled rejection or a stack. A
 * cancelled job (the runner sends SIGINT, then SIGTERM) restores the role like `iam-mutate run`.
 */
async function main(): Promise<void> {
  const stop = stopOnSignals((text) => process.stderr.write(text));
  try {
    const settings = readActionSettings();
    const payload = readEventPayload(settings.eventPath);
    if (settings.mode === 'comment-from-artifact') await commentFromArtifact(settings, payload);
    else if (settings.mode === 'merge') await mergeShards(settings, payload);
    else if (settings.mode === 'plan') await planShardsStep(settings, payload);
    else if (settings.shard) await runShardStep(settings, stop);
    else await runProof(settings, payload, stop);
  } catch (error) {
    if (error instanceof ActionInputError) {
      core.setFailed(`iam-mutate: ${error.message}`);
      process.exitCode = ExitCode.badInput;
      return;
    }
    if (error instanceof GitHubStepError) {
      core.setFailed(`iam-mutate: ${error.message}`);
      process.exitCode = ExitCode.runBroke;
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
  } finally {
    stop.dispose();
  }
}

/** GITHUB_EVENT_PATH's payload; none (a local run) or unreadable is an empty event. */
function readEventPayload(eventPath: string | undefined): PullRequestPayload {
  if (!eventPath) return {};
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8')) as PullRequestPayload;
  } catch (error) {
    throw new ActionInputError(
      `cannot read the event payload ${eventPath}: ${(error as Error).message.split('\n', 1)[0]}`,
    );
  }
}

// See src/cli/main.ts: the SDK's Node 22 notice does not apply to a pinned SDK.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

await main();
