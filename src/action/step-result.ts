import * as core from '@actions/core';
import { ExitCode } from '../common/errors.js';
import type { GateResult } from '../report/gate.js';

/** The action's outputs (action.yml documents them). */
export function setActionOutputs(o: {
  score: number | null;
  unjustified: number;
  findings: number;
  reportDir: string;
  commentUrl?: string;
}): void {
  core.setOutput('score', o.score === null ? '' : String(o.score));
  core.setOutput('unjustified', String(o.unjustified));
  core.setOutput('findings', String(o.findings));
  core.setOutput('report-dir', o.reportDir);
  core.setOutput('comment-url', o.commentUrl ?? '');
}

/**
 * Fails the step with one line when the gate fails or a post to GitHub failed for a reason
 * other than permissions, so the job works as a required status check. Exit codes as the
 * CLI's (README.md): 1 gate failed, 3 the run (or its reporting) broke.
 */
export function finishStep(gate: GateResult, failures: readonly string[]): void {
  const reasons = [...(gate.kind === 'pass' ? [] : gate.reasons), ...failures];
  if (reasons.length === 0) return;
  core.setFailed(`iam-mutate: ${reasons.join('; ')}`);
  process.exitCode =
    gate.kind === 'fail' && failures.length === 0 ? ExitCode.gateFailed : ExitCode.runBroke;
}
