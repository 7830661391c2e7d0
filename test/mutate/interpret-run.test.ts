import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LoggedCall } from '../../src/mutate/logged-call.js';
import { interpretRun } from '../../src/mutate/interpret-run.js';

const role = 'arn:aws:sts::000000000000:assumed-role/r/s';
const allowed: LoggedCall = {
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::b/k',
  decision: 'allow',
  matched: [{ policyId: 'p', index: 0, sid: 'GetConfig' }],
  context: {},
  grantedElsewhere: 0,
  principalArn: role,
};
const denied: LoggedCall = {
  ...allowed,
  action: 'kms:Decrypt',
  resource: 'arn:aws:kms:us-east-1:000000000000:key/k',
  decision: 'implicit-deny',
  matched: [],
};

describe('interpretRun', () => {
  it('passes a clean run whose response matches expect', () => {
    assert.deepEqual(
      interpretRun({ kind: 'returned', payload: { status: 'ok' } }, [allowed], { status: 'ok' }),
      { kind: 'passed' },
    );
  });

  it('takes the denied action from the authorization log first', () => {
    const outcome = interpretRun(
      { kind: 'returned', payload: { status: 'forbidden', denied_action: 'something:Else' } },
      [allowed, denied],
      { status: 'ok' },
    );
    assert.deepEqual(outcome, {
      kind: 'denied',
      action: 'kms:Decrypt',
      resource: 'arn:aws:kms:us-east-1:000000000000:key/k',
      evidence: 'authz-log',
    });
  });

  it('a denial the workload swallowed still fails the run', () => {
    const outcome = interpretRun(
      { kind: 'returned', payload: { status: 'ok' } },
      [denied],
      undefined,
    );
    assert.equal(outcome.kind, 'denied');
  });

  it('falls back to the response envelope without a log', () => {
    assert.deepEqual(
      interpretRun(
        { kind: 'returned', payload: { status: 'forbidden', denied_action: 's3:GetObject' } },
        undefined,
        { status: 'ok' },
      ),
      { kind: 'denied', action: 's3:GetObject', evidence: 'response-envelope' },
    );
  });

  it('reads an AccessDenied message from a function error or a command', () => {
    const message =
      'User: arn:aws:sts::000000000000:assumed-role/r/s is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:000000000000:t because no identity-based policy allows the sns:Publish action';
    const fromFunction = interpretRun(
      { kind: 'returned', payload: null, functionError: { type: 'ClientError', message } },
      undefined,
      undefined,
    );
    assert.equal(fromFunction.kind === 'denied' && fromFunction.action, 'sns:Publish');
    const fromCommand = interpretRun(
      {
        kind: 'exited',
        exitCode: 254,
        stdout: '',
        stderr: `An error occurred (AuthorizationError) ${message}`,
      },
      undefined,
      undefined,
    );
    assert.equal(fromCommand.kind === 'denied' && fromCommand.evidence, 'error-message');
  });

  it('other failures are errors with the reason, never passes', () => {
    assert.deepEqual(
      interpretRun(
        {
          kind: 'returned',
          payload: null,
          functionError: { type: 'KeyError', message: "'CONFIG_BUCKET'" },
        },
        [],
        undefined,
      ),
      { kind: 'failed', reason: "function error KeyError: 'CONFIG_BUCKET'" },
    );
    assert.deepEqual(
      interpretRun({ kind: 'returned', payload: { status: 'degraded' } }, [], { status: 'ok' }),
      {
        kind: 'failed',
        reason: 'response does not match expect: $.status: expected "ok", got "degraded"',
      },
    );
    assert.deepEqual(
      interpretRun({ kind: 'exited', exitCode: 1, stdout: '', stderr: 'boom\n' }, [], undefined),
      {
        kind: 'failed',
        reason: 'command exited with 1: boom',
      },
    );
    assert.deepEqual(interpretRun({ kind: 'timeout', afterMs: 500 }, [], undefined), {
      kind: 'timeout',
      afterMs: 500,
    });
  });

  it('checks a command’s JSON output against expect', () => {
    assert.deepEqual(
      interpretRun({ kind: 'exited', exitCode: 0, stdout: '{"status":"ok"}', stderr: '' }, [], {
        status: 'ok',
      }),
      { kind: 'passed' },
    );
    assert.equal(
      interpretRun({ kind: 'exited', exitCode: 0, stdout: 'done', stderr: '' }, [], {
        status: 'ok',
      }).kind,
      'failed',
    );
  });
});
