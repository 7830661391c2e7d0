import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { appendLogEvents } from '../../src/emulator/services/logs/logs-api.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { type AwsSdkError } from '../helpers/access-denied.js';
import { authzRecordsOf } from '../helpers/authz-log.js';
import { ADMIN, boto3, cli } from '../helpers/aws-subprocess.js';
import {
  ACCOUNT,
  clientConfig,
  policy,
  roleSession,
  userWithPolicy,
} from '../helpers/iam-principals.js';

const GROUP = '/aws/lambda/e2e-fn';
const GROUP_RESOURCE = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${GROUP}`;
/** The usual Lambda-role grant: streams of one group, `log-group:NAME:*`. */
const WRITE_ONLY = policy({
  Sid: 'WriteLogs',
  Effect: 'Allow',
  Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
  Resource: `${GROUP_RESOURCE}:*`,
});

function createGroupDenied(principalArn: string, group: string): string {
  return `User: ${principalArn} is not authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${group}:log-stream: because no identity-based policy allows the logs:CreateLogGroup action`;
}

describe('CloudWatch Logs end to end (awsJson 1.1) with real clients', () => {
  let emulator: RunningEmulator;

  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    const logs = new CloudWatchLogsClient(clientConfig(emulator.url, ADMIN));
    await logs.send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  });
  after(() => emulator.stop());

  it('SDK v3: streams, events in order, GetLogEvents tokens, FilterLogEvents, Describe*', async () => {
    const logs = new CloudWatchLogsClient(clientConfig(emulator.url, ADMIN));
    await logs.send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: 'admin' }));
    const now = Date.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: 'admin',
        logEvents: [
          { timestamp: now - 2, message: 'START RequestId: 1' },
          { timestamp: now - 1, message: 'ERROR something broke' },
          { timestamp: now, message: 'END RequestId: 1' },
        ],
      }),
    );
    const head = await logs.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: 'admin',
        startFromHead: true,
        limit: 2,
      }),
    );
    assert.deepEqual(
      head.events?.map((e) => e.message),
      ['START RequestId: 1', 'ERROR something broke'],
    );
    const rest = await logs.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: 'admin',
        nextToken: head.nextForwardToken,
      }),
    );
    assert.deepEqual(
      rest.events?.map((e) => e.message),
      ['END RequestId: 1'],
    );
    const end = await logs.send(
      new GetLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: 'admin',
        nextToken: rest.nextForwardToken,
      }),
    );
    assert.deepEqual(end.events, []);
    assert.equal(
      end.nextForwardToken,
      rest.nextForwardToken,
      'the same forward token at the end is how clients stop',
    );
    const filtered = await logs.send(
      new FilterLogEventsCommand({ logGroupName: GROUP, filterPattern: 'ERROR' }),
    );
    assert.deepEqual(
      filtered.events?.map((e) => [e.logStreamName, e.message]),
      [['admin', 'ERROR something broke']],
    );
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: GROUP, retentionInDays: 7 }));
    const groups = await logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/lambda/' }),
    );
    assert.deepEqual(
      groups.logGroups?.map((g) => [g.logGroupName, g.retentionInDays, g.arn]),
      [[GROUP, 7, `${GROUP_RESOURCE}:*`]],
    );
    const streams = await logs.send(new DescribeLogStreamsCommand({ logGroupName: GROUP }));
    assert.equal(streams.logStreams?.[0]?.lastEventTimestamp, now);
  });

  it('SDK v3: PutLogEvents to a missing group is ResourceNotFoundException; out-of-order events are rejected', async () => {
    const logs = new CloudWatchLogsClient(clientConfig(emulator.url, ADMIN));
    await assert.rejects(
      logs.send(
        new PutLogEventsCommand({
          logGroupName: '/missing',
          logStreamName: 's',
          logEvents: [{ timestamp: Date.now(), message: 'x' }],
        }),
      ),
      { name: 'ResourceNotFoundException', message: 'The specified log group does not exist.' },
    );
    await logs.send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: 'order' }));
    await assert.rejects(
      logs.send(
        new PutLogEventsCommand({
          logGroupName: GROUP,
          logStreamName: 'order',
          logEvents: [
            { timestamp: Date.now(), message: 'b' },
            { timestamp: Date.now() - 1000, message: 'a' },
          ],
        }),
      ),
      {
        name: 'InvalidParameterException',
        message: 'Log events in a single PutLogEvents request must be in chronological order.',
      },
    );
  });

  it('SDK v3: a role allowed log-group:NAME:* writes, is denied CreateLogGroup, and the log names the Sid', async () => {
    const { credentials, sessionArn } = await roleSession(
      emulator.url,
      'logs-e2e-role',
      WRITE_ONLY,
    );
    const logs = new CloudWatchLogsClient(clientConfig(emulator.url, credentials));
    await logs.send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: 'role' }));
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: GROUP,
        logStreamName: 'role',
        logEvents: [{ timestamp: Date.now(), message: 'hi' }],
      }),
    );
    await assert.rejects(
      logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/lambda/other' })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'AccessDeniedException');
        assert.equal(error.message, createGroupDenied(sessionArn, '/aws/lambda/other'));
        assert.equal(error.$metadata?.httpStatusCode, 400);
        return true;
      },
    );
    const records = await authzRecordsOf(emulator.url, sessionArn);
    const put = records.find((r) => r.action === 'logs:PutLogEvents');
    assert.equal(put?.resource, `${GROUP_RESOURCE}:log-stream:role`);
    assert.deepEqual(
      put?.matched.map((m) => m.sid),
      ['WriteLogs'],
    );
  });

  it('logs-api: events appended by another service (Lambda) are readable through the API', async () => {
    appendLogEvents(emulator.state, '/aws/lambda/shipped', '2026/01/01/[$LATEST]abc', [
      { timestamp: Date.now(), message: 'INIT_START Runtime Version: python3.11' },
      { timestamp: Date.now(), message: 'hello from the function' },
    ]);
    const logs = new CloudWatchLogsClient(clientConfig(emulator.url, ADMIN));
    const events = await logs.send(
      new GetLogEventsCommand({
        logGroupName: '/aws/lambda/shipped',
        logStreamName: '2026/01/01/[$LATEST]abc',
        startFromHead: true,
      }),
    );
    assert.deepEqual(
      events.events?.map((e) => e.message),
      ['INIT_START Runtime Version: python3.11', 'hello from the function'],
    );
  });

  it('boto3: the user puts events and is denied CreateLogGroup', async () => {
    const credentials = await userWithPolicy(emulator.url, 'logs-boto3-user', WRITE_ONLY);
    const out = (await boto3(
      emulator.url,
      credentials,
      `import time
c = client('logs')
g = ${JSON.stringify(GROUP)}
print(json.dumps({
  'stream': call(lambda: c.create_log_stream(logGroupName=g, logStreamName='boto3')),
  'put': call(lambda: c.put_log_events(logGroupName=g, logStreamName='boto3', logEvents=[{'timestamp': int(time.time() * 1000), 'message': 'boto3 line'}])),
  'create': call(lambda: c.create_log_group(logGroupName='/boto3/denied')),
}))`,
    )) as Record<string, { error?: { Code: string; Message: string }; status?: number }>;
    assert.equal(out['stream']?.error, undefined);
    assert.equal(out['put']?.error, undefined);
    assert.equal(out['create']?.error?.Code, 'AccessDeniedException');
    assert.equal(
      out['create']?.error?.Message,
      createGroupDenied(`arn:aws:iam::${ACCOUNT}:user/logs-boto3-user`, '/boto3/denied'),
    );
  });

  it('AWS CLI: create-log-group, create-log-stream, put-log-events, filter-log-events', async () => {
    for (const args of [
      ['logs', 'create-log-group', '--log-group-name', '/cli/group'],
      ['logs', 'create-log-stream', '--log-group-name', '/cli/group', '--log-stream-name', 's'],
      [
        'logs',
        'put-log-events',
        '--log-group-name',
        '/cli/group',
        '--log-stream-name',
        's',
        '--log-events',
        `timestamp=${Date.now()},message=cli-line`,
      ],
    ]) {
      const result = await cli(emulator.url, args);
      assert.equal(result.status, 0, result.stderr);
    }
    const filtered = await cli(emulator.url, [
      'logs',
      'filter-log-events',
      '--log-group-name',
      '/cli/group',
      '--filter-pattern',
      'cli',
    ]);
    assert.deepEqual(
      (filtered.json as { events: Array<{ message: string }> }).events.map((e) => e.message),
      ['cli-line'],
    );
  });
});
