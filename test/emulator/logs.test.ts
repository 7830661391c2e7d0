import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { compileFilterPattern } from '../../src/emulator/services/logs/filter-pattern.js';
import {
  appendLogEvents,
  ensureLogStream,
  readLogEvents,
} from '../../src/emulator/services/logs/logs-api.js';
import { groupNameOf } from '../../src/emulator/services/logs/logs-store.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { awsJsonCaller } from '../helpers/aws-json-call.js';
import { internalFetch } from '../../src/emulator/internal-client.js';

describe('logs: pure parts', () => {
  it('filter patterns: all terms, quoted phrases, ?alternatives, -exclusions; JSON patterns match nothing', () => {
    const m = (pattern: string, message: string) => compileFilterPattern(pattern)(message);
    assert.equal(m('', 'anything'), true);
    assert.equal(m('ERROR', 'ERROR boom'), true);
    assert.equal(m('ERROR', 'error boom'), false, 'case-sensitive');
    assert.equal(m('ERROR boom', 'boom ERROR'), true);
    assert.equal(m('ERROR timeout', 'ERROR boom'), false);
    assert.equal(m('"Task timed out"', 'x Task timed out after 3s'), true);
    assert.equal(m('?ERROR ?WARN', 'WARN low disk'), true);
    assert.equal(m('?ERROR ?WARN', 'INFO ok'), false);
    assert.equal(m('ERROR -retry', 'ERROR will retry'), false);
    assert.equal(m('{ $.level = "error" }', '{"level":"error"}'), false);
  });

  it('logGroupIdentifier accepts a name or the group ARN (with or without :*)', () => {
    assert.equal(groupNameOf({ logGroupName: '/g' }), '/g');
    assert.equal(
      groupNameOf({
        logGroupIdentifier: 'arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/f:*',
      }),
      '/aws/lambda/f',
    );
    assert.equal(
      groupNameOf({ logGroupIdentifier: 'arn:aws:logs:us-east-1:000000000000:log-group:/g' }),
      '/g',
    );
    assert.throws(() => groupNameOf({}), { code: 'InvalidParameterException' });
  });
});

describe('logs: logs-api and wire format (awsJson 1.1)', () => {
  let emulator: RunningEmulator;
  const call = awsJsonCaller(() => emulator.url, {
    service: 'logs',
    version: '1.1',
    targetPrefix: 'Logs_20140328',
  });

  before(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  after(() => emulator.stop());

  it('appendLogEvents creates the group and stream, keeps timestamps in order, readLogEvents reads them back', () => {
    const now = Date.now();
    appendLogEvents(emulator.state, '/aws/lambda/fn', 'stream-1', [
      { timestamp: now, message: 'second' },
    ]);
    appendLogEvents(emulator.state, '/aws/lambda/fn', 'stream-1', [
      { timestamp: now - 10, message: 'first' },
    ]);
    assert.deepEqual(
      readLogEvents(emulator.state, '/aws/lambda/fn', 'stream-1').map((e) => e.message),
      ['first', 'second'],
    );
    assert.ok(ensureLogStream(emulator.state, '/aws/lambda/fn', 'stream-2'));
    assert.deepEqual(readLogEvents(emulator.state, '/aws/lambda/fn', 'missing'), []);
  });

  it("the store itself offers appendLogEvents, as the Lambda service's log shipping calls it", async () => {
    const sink = emulator.state.storeOf<{
      appendLogEvents(
        group: string,
        stream: string,
        events: Array<{ timestamp: number; message: string }>,
      ): void;
    }>('logs');
    sink.appendLogEvents('/aws/lambda/shipped-by-store', '2026/11/23/[$LATEST]0001', [
      { timestamp: Date.now(), message: 'START RequestId: r1' },
    ]);
    const events = await call('GetLogEvents', {
      logGroupName: '/aws/lambda/shipped-by-store',
      logStreamName: '2026/11/23/[$LATEST]0001',
    });
    assert.deepEqual(
      (events.json['events'] as Array<{ message: string }>).map((e) => e.message),
      ['START RequestId: r1'],
    );
  });

  it('an operation in the model but not implemented answers NotImplemented (501) naming it', async () => {
    const response = await call('StartQuery', {
      logGroupName: '/g',
      startTime: 0,
      endTime: 1,
      queryString: 'fields @message',
    });
    assert.equal(response.status, 501);
    assert.deepEqual(response.json, {
      __type: 'NotImplemented',
      message:
        'The StartQuery operation of CloudWatch Logs is not implemented by the iam-mutate emulator',
    });
  });

  it('errors: ResourceNotFound and ResourceAlreadyExists with AWS messages, bad retention listed', async () => {
    const missing = await call('CreateLogStream', { logGroupName: '/none', logStreamName: 's' });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.json, {
      __type: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
    });
    await call('CreateLogGroup', { logGroupName: '/dup' });
    assert.deepEqual((await call('CreateLogGroup', { logGroupName: '/dup' })).json, {
      __type: 'ResourceAlreadyExistsException',
      message: 'The specified log group already exists',
    });
    const retention = await call('PutRetentionPolicy', {
      logGroupName: '/dup',
      retentionInDays: 2,
    });
    assert.equal(retention.json['__type'], 'InvalidParameterException');
    const noStream = await call('GetLogEvents', { logGroupName: '/dup', logStreamName: 'x' });
    assert.equal(noStream.json['message'], 'The specified log stream does not exist.');
  });

  it("a log group's tags are aws:ResourceTag/* keys of calls on it and its streams (as logged)", async () => {
    await call('CreateLogGroup', { logGroupName: '/tagged', tags: { team: 'payments' } });
    await call('CreateLogStream', { logGroupName: '/tagged', logStreamName: 's' });
    const log = (await (await internalFetch(emulator.url, '/_iam-mutate/authz-log')).json()) as {
      records: Array<{ action: string; context: Record<string, unknown> }>;
    };
    const created = log.records.filter((r) => r.action === 'logs:CreateLogStream').pop();
    assert.equal(created?.context['aws:ResourceTag/team'], 'payments');
  });

  it('PutLogEvents rejects events too old or too new by index and stores the rest', async () => {
    await call('CreateLogGroup', { logGroupName: '/ages' });
    await call('CreateLogStream', { logGroupName: '/ages', logStreamName: 's' });
    const now = Date.now();
    const put = await call('PutLogEvents', {
      logGroupName: '/ages',
      logStreamName: 's',
      logEvents: [
        { timestamp: now - 15 * 86_400_000, message: 'too old' },
        { timestamp: now - 15 * 86_400_000 + 1, message: 'too old too' },
      ],
    });
    assert.deepEqual(put.json['rejectedLogEventsInfo'], { tooOldLogEventEndIndex: 1 });
    const future = await call('PutLogEvents', {
      logGroupName: '/ages',
      logStreamName: 's',
      logEvents: [{ timestamp: now + 3 * 3_600_000, message: 'future' }],
    });
    assert.deepEqual(future.json['rejectedLogEventsInfo'], { tooNewLogEventStartIndex: 0 });
    await call('PutLogEvents', {
      logGroupName: '/ages',
      logStreamName: 's',
      logEvents: [{ timestamp: now, message: 'kept' }],
    });
    const events = (await call('GetLogEvents', { logGroupName: '/ages', logStreamName: 's' })).json[
      'events'
    ] as Array<{ message: string }>;
    assert.deepEqual(
      events.map((e) => e.message),
      ['kept'],
    );
  });

  it('FilterLogEvents interleaves streams by time and pages with nextToken', async () => {
    const now = Date.now();
    appendLogEvents(emulator.state, '/filter', 'a', [
      { timestamp: now - 3, message: 'REPORT a1' },
      { timestamp: now - 1, message: 'REPORT a2' },
    ]);
    appendLogEvents(emulator.state, '/filter', 'b', [{ timestamp: now - 2, message: 'REPORT b1' }]);
    const first = await call('FilterLogEvents', {
      logGroupName: '/filter',
      filterPattern: 'REPORT',
      limit: 2,
    });
    assert.deepEqual(
      (first.json['events'] as Array<{ message: string }>).map((e) => e.message),
      ['REPORT a1', 'REPORT b1'],
    );
    const rest = await call('FilterLogEvents', {
      logGroupName: '/filter',
      filterPattern: 'REPORT',
      limit: 2,
      nextToken: first.json['nextToken'],
    });
    assert.deepEqual(
      (rest.json['events'] as Array<{ message: string }>).map((e) => e.message),
      ['REPORT a2'],
    );
    assert.equal(rest.json['nextToken'], undefined);
    const onlyB = await call('FilterLogEvents', { logGroupName: '/filter', logStreamNames: ['b'] });
    assert.deepEqual(
      (onlyB.json['events'] as Array<{ logStreamName: string }>).map((e) => e.logStreamName),
      ['b'],
    );
  });

  it('DescribeLogStreams orders by LastEventTime descending; deleting a group removes it', async () => {
    const now = Date.now();
    appendLogEvents(emulator.state, '/order', 'old', [{ timestamp: now - 100, message: 'x' }]);
    appendLogEvents(emulator.state, '/order', 'new', [{ timestamp: now, message: 'x' }]);
    const described = await call('DescribeLogStreams', {
      logGroupName: '/order',
      orderBy: 'LastEventTime',
      descending: true,
    });
    assert.deepEqual(
      (described.json['logStreams'] as Array<{ logStreamName: string }>).map(
        (s) => s.logStreamName,
      ),
      ['new', 'old'],
    );
    await call('DeleteLogGroup', { logGroupName: '/order' });
    const groups = (await call('DescribeLogGroups', { logGroupNamePrefix: '/order' })).json[
      'logGroups'
    ];
    assert.deepEqual(groups, []);
  });
});
