import type { LoggedCall } from './logged-call.js';
import type { WorkloadResult } from './backend.js';
import { denialFromEnvelope, denialFromMessage } from './denial-evidence.js';
import { findSubsetMismatch } from './expect-subset.js';
import type { RunOutcome } from './verdict.js';

/**
 * Judges one workload run. A run passes only with no function error, no denial and a
 * response matching `expect`. The denied action comes from the best evidence available:
 * the authorization log (the role's first denied call), then the response envelope's
 * `denied_action`, then an AccessDenied message in the output.
 */
export function interpretRun(
  result: WorkloadResult,
  calls: readonly LoggedCall[] | undefined,
  expect: unknown,
): RunOutcome {
  if (result.kind === 'timeout') return { kind: 'timeout', afterMs: result.afterMs };

  const firstDenied = calls?.find((c) => c.decision !== 'allow');
  if (firstDenied) {
    return {
      kind: 'denied',
      action: firstDenied.action,
      resource: firstDenied.resource,
      evidence: 'authz-log',
    };
  }

  if (result.kind === 'returned') {
    const fromEnvelope = denialFromEnvelope(result.payload);
    if (fromEnvelope) return { kind: 'denied', ...fromEnvelope };
    if (result.functionError) {
      const text = `${result.functionError.type}: ${result.functionError.message}`;
      const fromMessage = denialFromMessage(`${text}\n${result.log ?? ''}`);
      if (fromMessage) return { kind: 'denied', ...fromMessage };
      return { kind: 'failed', reason: `function error ${text}` };
    }
    if (expect !== undefined) {
      const mismatch = findSubsetMismatch(expect, result.payload);
      if (mismatch) {
        const fromMessage = denialFromMessage(JSON.stringify(result.payload) ?? '');
        if (fromMessage) return { kind: 'denied', ...fromMessage };
        return { kind: 'failed', reason: `response does not match expect: ${mismatch}` };
      }
    }
    return { kind: 'passed' };
  }

  if (result.exitCode !== 0) {
    const fromMessage = denialFromMessage(`${result.stderr}\n${result.stdout}`);
    if (fromMessage) return { kind: 'denied', ...fromMessage };
    const tail = lastLine(result.stderr) ?? lastLine(result.stdout) ?? '';
    return {
      kind: 'failed',
      reason: `command exited with ${result.exitCode}${tail ? `: ${tail}` : ''}`,
    };
  }
  if (expect !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(result.stdout);
    } catch {
      return { kind: 'failed', reason: 'expect is set but the command did not print JSON' };
    }
    const mismatch = findSubsetMismatch(expect, parsed);
    if (mismatch) return { kind: 'failed', reason: `output does not match expect: ${mismatch}` };
  }
  return { kind: 'passed' };
}

function lastLine(text: string): string | undefined {
  const lines = text.trim().split('\n');
  const last = lines[lines.length - 1]?.trim();
  return last ? last.slice(0, 300) : undefined;
}
