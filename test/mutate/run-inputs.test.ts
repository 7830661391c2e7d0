import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDiagnostic } from '../../src/common/diagnostic.js';
import { InputError } from '../../src/common/errors.js';
import { denialFromEnvelope, denialFromMessage } from '../../src/mutate/denial-evidence.js';
import { findSubsetMismatch } from '../../src/mutate/expect-subset.js';
import { parseSetupOutputs } from '../../src/mutate/setup-outputs.js';
import { applySubstitutions } from '../../src/mutate/substitute.js';
import { workloadEnvironment } from '../../src/mutate/workload-environment.js';

describe('parseSetupOutputs', () => {
  it('reads KEY=VALUE lines, skipping blanks and comments; values keep = signs', () => {
    assert.deepEqual(parseSetupOutputs('# ids\nKMS_KEY_ID=abc\n\nCIPHER=a=b==\n', 'out'), {
      KMS_KEY_ID: 'abc',
      CIPHER: 'a=b==',
    });
  });

  it('rejects a line that is not KEY=VALUE, naming it', () => {
    assert.throws(
      () => parseSetupOutputs('A=1\nnot an output\n', '/tmp/out'),
      (e: unknown) =>
        e instanceof InputError &&
        formatDiagnostic(e.diagnostics[0]!).startsWith(
          '/tmp/out:2:1: error: setup output is not KEY=VALUE',
        ),
    );
  });
});

describe('applySubstitutions', () => {
  const policy = '{"Resource": "arn:aws:kms:us-east-1:123456789012:key/KMS_KEY_ID"}';

  it('replaces literal text and expands ${KEY} from setup outputs', () => {
    assert.equal(
      applySubstitutions(
        policy,
        { '123456789012': '000000000000', KMS_KEY_ID: '${KMS_KEY_ID}' },
        { KMS_KEY_ID: '9fc3' },
        'cfg.yml',
      ),
      '{"Resource": "arn:aws:kms:us-east-1:000000000000:key/9fc3"}',
    );
  });

  it('never re-substitutes inside a replacement, and prefers the longer key', () => {
    assert.equal(applySubstitutions('AB A', { A: 'AB', AB: 'X' }, {}, 'c'), 'X AB');
  });

  it('fails on a ${KEY} that setup did not output', () => {
    assert.throws(
      () => applySubstitutions(policy, { KMS_KEY_ID: '${KMS_KEY}' }, { OTHER: '1' }, 'cfg.yml'),
      /\$\{KMS_KEY\} is not an output of setup \(it wrote: OTHER\)/,
    );
  });
});

describe('denial evidence', () => {
  it('reads denied_action from the response envelope', () => {
    assert.deepEqual(denialFromEnvelope({ status: 'forbidden', denied_action: 's3:GetObject' }), {
      action: 's3:GetObject',
      evidence: 'response-envelope',
    });
    assert.equal(denialFromEnvelope({ status: 'ok' }), undefined);
    assert.equal(denialFromEnvelope('s3:GetObject'), undefined);
  });

  it('reads the action and resource from AWS AccessDenied messages', () => {
    assert.deepEqual(
      denialFromMessage(
        'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::000000000000:assumed-role/r/s is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/config.json" because no identity-based policy allows the s3:GetObject action',
      ),
      { action: 's3:GetObject', resource: 'arn:aws:s3:::b/config.json', evidence: 'error-message' },
    );
    assert.deepEqual(
      denialFromMessage(
        'User: arn:aws:sts::000000000000:assumed-role/r/s is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:000000000000:key/k because no identity-based policy allows the kms:Decrypt action',
      ),
      {
        action: 'kms:Decrypt',
        resource: 'arn:aws:kms:us-east-1:000000000000:key/k',
        evidence: 'error-message',
      },
    );
    assert.equal(denialFromMessage('ResourceNotFoundException: no such table'), undefined);
    // SNS and SQS spell the action their own way; the report uses the catalog's spelling.
    assert.equal(
      denialFromMessage(
        'User: arn:aws:sts::0:assumed-role/r/s is not authorized to perform: SNS:Publish on resource: arn:aws:sns:us-east-1:0:t because no identity-based policy allows the SNS:Publish action',
      )?.action,
      'sns:Publish',
    );
    assert.equal(
      denialFromMessage(
        'User: arn:aws:sts::0:assumed-role/r/s is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:us-east-1:0:q because no identity-based policy allows the sqs:sendmessage action',
      )?.action,
      'sqs:SendMessage',
    );
  });
});

describe('findSubsetMismatch', () => {
  it('accepts a response that contains the expected subset', () => {
    assert.equal(findSubsetMismatch({ status: 'ok' }, { status: 'ok', trace: [1, 2] }), undefined);
    assert.equal(findSubsetMismatch({ a: [1, { b: 2 }] }, { a: [1, { b: 2, c: 3 }] }), undefined);
  });

  it('names the first path that differs', () => {
    assert.equal(
      findSubsetMismatch({ status: 'ok' }, { status: 'forbidden' }),
      '$.status: expected "ok", got "forbidden"',
    );
    assert.equal(
      findSubsetMismatch({ a: { b: 1 } }, { a: null }),
      '$.a: expected an object, got null',
    );
    assert.equal(findSubsetMismatch([1], [1, 2]), '$: expected an array of 1, got [1,2]');
    assert.equal(findSubsetMismatch({ x: 1 }, {}), '$.x: expected 1, got nothing');
  });
});

describe('workloadEnvironment', () => {
  it('strips every host AWS setting and points the workload at the emulator only', () => {
    const env = workloadEnvironment(
      {
        PATH: '/usr/bin',
        HOME: '/root',
        AWS_ACCESS_KEY_ID: 'AKIAREALREALREAL',
        AWS_SECRET_ACCESS_KEY: 'real-secret',
        AWS_SESSION_TOKEN: 'real-token',
        AWS_PROFILE: 'prod',
        AWS_ROLE_ARN: 'arn:aws:iam::111111111111:role/ci',
        AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/token',
        BOTO_CONFIG: '/etc/boto.cfg',
      },
      'http://127.0.0.1:4566',
      'us-east-1',
      { accessKeyId: 'ASIAEMU', secretAccessKey: 'emu', sessionToken: 'tok' },
      { MY_VAR: '1' },
      '/tmp/empty',
    );
    assert.deepEqual(env, {
      PATH: '/usr/bin',
      HOME: '/root',
      MY_VAR: '1',
      NO_PROXY: '127.0.0.1,localhost,::1',
      no_proxy: '127.0.0.1,localhost,::1',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'ASIAEMU',
      AWS_SECRET_ACCESS_KEY: 'emu',
      AWS_SESSION_TOKEN: 'tok',
      AWS_CONFIG_FILE: '/tmp/empty',
      AWS_SHARED_CREDENTIALS_FILE: '/tmp/empty',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_PAGER: '',
    });
  });
});
