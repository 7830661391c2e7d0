import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BatchExecuteStatementCommand,
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteResourcePolicyCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ExecuteStatementCommand,
  ExecuteTransactionCommand,
  GetItemCommand,
  GetResourcePolicyCommand,
  ListTablesCommand,
  PutItemCommand,
  PutResourcePolicyCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.js';
import { type AwsSdkError, denied } from '../helpers/access-denied.js';
import { authzRecordsOf, readAuthzLog } from '../helpers/authz-log.js';
import { ADMIN, boto3, cli } from '../helpers/aws-subprocess.js';
import {
  ACCOUNT,
  clientConfig,
  policy,
  roleSession,
  userWithPolicy,
} from '../helpers/iam-principals.js';

const TABLE = 'iam-mvp-events';
const TABLE_ARN = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/${TABLE}`;
const WRITE_EVENT = policy({
  Sid: 'WriteEvent',
  Effect: 'Allow',
  Action: 'dynamodb:PutItem',
  Resource: TABLE_ARN,
});

describe('DynamoDB end to end (AWS JSON 1.0) with real clients', () => {
  let emulator: RunningEmulator;
  let admin: DynamoDBClient;

  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
    admin = new DynamoDBClient(clientConfig(emulator.url, ADMIN));
    await admin.send(
      new CreateTableCommand({
        TableName: TABLE,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'N' },
          { AttributeName: 'kind', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'by-kind',
            KeySchema: [{ AttributeName: 'kind', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'KEYS_ONLY' },
          },
        ],
      }),
    );
    for (let sk = 1; sk <= 5; sk++) {
      await admin.send(
        new PutItemCommand({
          TableName: TABLE,
          Item: {
            pk: { S: 'user-1' },
            sk: { N: String(sk) },
            kind: { S: sk % 2 === 0 ? 'even' : 'odd' },
          },
        }),
      );
    }
  });
  after(() => emulator.stop());

  it('SDK v3: the table is ACTIVE at once and the table-exists waiter returns', async () => {
    const waited = await waitUntilTableExists(
      { client: admin, maxWaitTime: 20, minDelay: 1 },
      { TableName: TABLE },
    );
    assert.equal(waited.state, 'SUCCESS');
    const table = (await admin.send(new DescribeTableCommand({ TableName: TABLE }))).Table!;
    assert.equal(table.TableStatus, 'ACTIVE');
    assert.equal(table.TableArn, TABLE_ARN);
    assert.equal(table.ItemCount, 5);
    assert.equal(table.BillingModeSummary?.BillingMode, 'PAY_PER_REQUEST');
    assert.equal(table.GlobalSecondaryIndexes?.[0]?.IndexArn, `${TABLE_ARN}/index/by-kind`);
    assert.ok((await admin.send(new ListTablesCommand({}))).TableNames!.includes(TABLE));
    await assert.rejects(
      admin.send(new DescribeTableCommand({ TableName: 'missing' })),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'ResourceNotFoundException');
        assert.equal(error.message, 'Requested resource not found: Table: missing not found');
        assert.equal(error.$metadata?.httpStatusCode, 400);
        return true;
      },
    );
    await assert.rejects(
      admin.send(
        new CreateTableCommand({
          TableName: TABLE,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        }),
      ),
      {
        name: 'ResourceInUseException',
        message: `Table already exists: ${TABLE}`,
      },
    );
  });

  it('SDK v3: conditions, updates with ReturnValues, and AWS validation messages', async () => {
    await assert.rejects(
      admin.send(
        new PutItemCommand({
          TableName: TABLE,
          Item: { pk: { S: 'user-1' }, sk: { N: '1' } },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'ConditionalCheckFailedException');
        assert.equal(error.message, 'The conditional request failed');
        return true;
      },
    );
    const updated = await admin.send(
      new UpdateItemCommand({
        TableName: TABLE,
        Key: { pk: { S: 'user-1' }, sk: { N: '1' } },
        UpdateExpression:
          'SET #n = if_not_exists(#n, :zero) + :one, tags = list_append(if_not_exists(tags, :empty), :tag) ADD seen :set',
        ConditionExpression: 'attribute_exists(pk) AND kind = :odd',
        ExpressionAttributeNames: { '#n': 'count' },
        ExpressionAttributeValues: {
          ':zero': { N: '0' },
          ':one': { N: '1.50' },
          ':empty': { L: [] },
          ':tag': { L: [{ S: 'a' }] },
          ':set': { SS: ['x'] },
          ':odd': { S: 'odd' },
        },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    assert.deepEqual(updated.Attributes, {
      count: { N: '1.5' },
      tags: { L: [{ S: 'a' }] },
      seen: { SS: ['x'] },
    });
    await assert.rejects(
      admin.send(
        new UpdateItemCommand({
          TableName: TABLE,
          Key: { pk: { S: 'user-1' }, sk: { N: '1' } },
          UpdateExpression: 'SET status = :s',
          ExpressionAttributeValues: { ':s': { S: 'x' } },
        }),
      ),
      {
        name: 'ValidationException',
        message:
          'Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status',
      },
    );
    await assert.rejects(
      admin.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: 'user-1' } } })),
      {
        name: 'ValidationException',
        message: 'The provided key element does not match the schema',
      },
    );
    await assert.rejects(
      admin.send(new PutItemCommand({ TableName: TABLE, Item: { sk: { N: '1' } } })),
      {
        name: 'ValidationException',
        message: 'One or more parameter values were invalid: Missing the key pk in the item',
      },
    );
    await assert.rejects(
      admin.send(new GetItemCommand({ TableName: 'missing', Key: { pk: { S: 'a' } } })),
      {
        name: 'ResourceNotFoundException',
        message: 'Requested resource not found',
      },
    );
    await assert.rejects(
      admin.send(new GetItemCommand({ TableName: 'x', Key: { pk: { S: 'a' } } })),
      {
        name: 'ValidationException',
        message:
          "1 validation error detected: Value 'x' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      },
    );
  });

  it('SDK v3: Query with range conditions, paging and an index; Scan with a filter; batches and a transaction', async () => {
    const page1 = await admin.send(
      new QueryCommand({
        TableName: TABLE,
        KeyConditionExpression: 'pk = :p AND sk BETWEEN :lo AND :hi',
        ExpressionAttributeValues: { ':p': { S: 'user-1' }, ':lo': { N: '2' }, ':hi': { N: '5' } },
        ScanIndexForward: false,
        Limit: 2,
      }),
    );
    assert.deepEqual(
      page1.Items!.map((i) => i['sk']!.N),
      ['5', '4'],
    );
    assert.deepEqual(page1.LastEvaluatedKey, { pk: { S: 'user-1' }, sk: { N: '4' } });
    const page2 = await admin.send(
      new QueryCommand({
        TableName: TABLE,
        KeyConditionExpression: 'pk = :p AND sk BETWEEN :lo AND :hi',
        ExpressionAttributeValues: { ':p': { S: 'user-1' }, ':lo': { N: '2' }, ':hi': { N: '5' } },
        ScanIndexForward: false,
        Limit: 2,
        ExclusiveStartKey: page1.LastEvaluatedKey,
      }),
    );
    assert.deepEqual(
      page2.Items!.map((i) => i['sk']!.N),
      ['3', '2'],
    );
    const byKind = await admin.send(
      new QueryCommand({
        TableName: TABLE,
        IndexName: 'by-kind',
        KeyConditionExpression: 'kind = :k',
        ExpressionAttributeValues: { ':k': { S: 'even' } },
      }),
    );
    assert.deepEqual(byKind.Items, [
      { pk: { S: 'user-1' }, sk: { N: '2' }, kind: { S: 'even' } },
      { pk: { S: 'user-1' }, sk: { N: '4' }, kind: { S: 'even' } },
    ]);
    const scanned = await admin.send(
      new ScanCommand({
        TableName: TABLE,
        FilterExpression: 'sk > :three',
        ExpressionAttributeValues: { ':three': { N: '3' } },
      }),
    );
    assert.equal(scanned.Count, 2);
    assert.equal(scanned.ScannedCount, 5);
    await admin.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [TABLE]: [
            { PutRequest: { Item: { pk: { S: 'user-2' }, sk: { N: '1' } } } },
            { DeleteRequest: { Key: { pk: { S: 'user-1' }, sk: { N: '5' } } } },
          ],
        },
      }),
    );
    const batch = await admin.send(
      new BatchGetItemCommand({
        RequestItems: {
          [TABLE]: {
            Keys: [
              { pk: { S: 'user-2' }, sk: { N: '1' } },
              { pk: { S: 'user-1' }, sk: { N: '5' } },
            ],
          },
        },
      }),
    );
    assert.deepEqual(batch.Responses?.[TABLE], [{ pk: { S: 'user-2' }, sk: { N: '1' } }]);
    await assert.rejects(
      admin.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: TABLE, Item: { pk: { S: 'user-3' }, sk: { N: '1' } } } },
            {
              ConditionCheck: {
                TableName: TABLE,
                Key: { pk: { S: 'user-2' }, sk: { N: '1' } },
                ConditionExpression: 'attribute_not_exists(pk)',
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
          ],
        }),
      ),
      (error: AwsSdkError & { CancellationReasons?: unknown }) => {
        assert.equal(error.name, 'TransactionCanceledException');
        assert.equal(
          error.message,
          'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]',
        );
        assert.deepEqual(error.CancellationReasons, [
          { Code: 'None' },
          {
            Code: 'ConditionalCheckFailed',
            Message: 'The conditional request failed',
            Item: { pk: { S: 'user-2' }, sk: { N: '1' } },
          },
        ]);
        return true;
      },
    );
    // ReturnValuesOnConditionCheckFailure: the failed item comes back with the error.
    await assert.rejects(
      admin.send(
        new PutItemCommand({
          TableName: TABLE,
          Item: { pk: { S: 'user-2' }, sk: { N: '1' }, blob: { B: Buffer.from('x') } },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      ),
      (error: AwsSdkError & { Item?: unknown }) => {
        assert.equal(error.name, 'ConditionalCheckFailedException');
        assert.deepEqual(error.Item, { pk: { S: 'user-2' }, sk: { N: '1' } });
        return true;
      },
    );
    assert.equal(
      (
        await admin.send(
          new GetItemCommand({ TableName: TABLE, Key: { pk: { S: 'user-3' }, sk: { N: '1' } } }),
        )
      ).Item,
      undefined,
    );
  });

  it('SDK v3: a role allowed dynamodb:PutItem on one table writes, is denied GetItem, and the log names the Sid', async () => {
    const { credentials, sessionArn } = await roleSession(
      emulator.url,
      'ddb-e2e-role',
      WRITE_EVENT,
    );
    const ddb = new DynamoDBClient(clientConfig(emulator.url, credentials));
    await ddb.send(
      new PutItemCommand({
        TableName: TABLE,
        Item: { pk: { S: 'request-1' }, sk: { N: '0' }, at: { S: 'now' } },
      }),
    );
    await assert.rejects(
      ddb.send(
        new GetItemCommand({ TableName: TABLE, Key: { pk: { S: 'request-1' }, sk: { N: '0' } } }),
      ),
      (error: AwsSdkError) => {
        assert.equal(error.name, 'AccessDeniedException');
        assert.equal(error.message, denied(sessionArn, 'dynamodb:GetItem', TABLE_ARN));
        assert.equal(error.$metadata?.httpStatusCode, 400);
        return true;
      },
    );
    await assert.rejects(ddb.send(new ListTablesCommand({})), {
      message: denied(
        sessionArn,
        'dynamodb:ListTables',
        `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/*`,
      ),
    });
    const records = await authzRecordsOf(emulator.url, sessionArn);
    const allowed = records.find((r) => r.action === 'dynamodb:PutItem');
    assert.equal(allowed?.decision, 'allow');
    assert.equal(allowed?.resource, TABLE_ARN);
    assert.deepEqual(
      allowed?.matched.map((m) => m.sid),
      ['WriteEvent'],
    );
    assert.deepEqual(allowed?.context['dynamodb:LeadingKeys'], ['request-1']);
    assert.deepEqual(allowed?.context['dynamodb:Attributes'], ['pk', 'sk', 'at']);
    const get = records.find((r) => r.action === 'dynamodb:GetItem');
    assert.equal(get?.decision, 'implicit-deny');
    assert.equal(get?.enforced, true);
  });

  it('SDK v3: index queries are authorized on the index ARN; dynamodb:LeadingKeys conditions apply', async () => {
    const credentials = await userWithPolicy(
      emulator.url,
      'ddb-own-rows',
      policy(
        { Sid: 'QueryTable', Effect: 'Allow', Action: 'dynamodb:Query', Resource: TABLE_ARN },
        {
          Sid: 'OwnRows',
          Effect: 'Allow',
          Action: 'dynamodb:PutItem',
          Resource: TABLE_ARN,
          Condition: {
            'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${aws:username}'] },
          },
        },
      ),
    );
    const userArn = `arn:aws:iam::${ACCOUNT}:user/ddb-own-rows`;
    const ddb = new DynamoDBClient(clientConfig(emulator.url, credentials));
    const own = await ddb.send(
      new QueryCommand({
        TableName: TABLE,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': { S: 'user-1' } },
      }),
    );
    assert.equal(own.Count, 4);
    await assert.rejects(
      ddb.send(
        new QueryCommand({
          TableName: TABLE,
          IndexName: 'by-kind',
          KeyConditionExpression: 'kind = :k',
          ExpressionAttributeValues: { ':k': { S: 'odd' } },
        }),
      ),
      {
        message: denied(userArn, 'dynamodb:Query', `${TABLE_ARN}/index/by-kind`),
      },
    );
    await ddb.send(
      new PutItemCommand({ TableName: TABLE, Item: { pk: { S: 'ddb-own-rows' }, sk: { N: '1' } } }),
    );
    await assert.rejects(
      ddb.send(
        new PutItemCommand({
          TableName: TABLE,
          Item: { pk: { S: 'someone-else' }, sk: { N: '1' } },
        }),
      ),
      {
        name: 'AccessDeniedException',
        message: denied(userArn, 'dynamodb:PutItem', TABLE_ARN),
      },
    );
  });

  it('SDK v3: a table resource policy grants a user with no identity policy, and the log names its Sid', async () => {
    const credentials = await userWithPolicy(
      emulator.url,
      'ddb-resource-policy-user',
      policy({ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' }),
    );
    const userArn = `arn:aws:iam::${ACCOUNT}:user/ddb-resource-policy-user`;
    const ddb = new DynamoDBClient(clientConfig(emulator.url, credentials));
    const key = { pk: { S: 'user-1' }, sk: { N: '2' } };
    await assert.rejects(ddb.send(new GetItemCommand({ TableName: TABLE, Key: key })), {
      message: denied(userArn, 'dynamodb:GetItem', TABLE_ARN),
    });
    const document = policy({
      Sid: 'ReadForUser',
      Effect: 'Allow',
      Principal: { AWS: userArn },
      Action: 'dynamodb:GetItem',
      Resource: TABLE_ARN,
    });
    const put = await admin.send(
      new PutResourcePolicyCommand({ ResourceArn: TABLE_ARN, Policy: document }),
    );
    assert.ok(put.RevisionId);
    const got = await admin.send(new GetResourcePolicyCommand({ ResourceArn: TABLE_ARN }));
    assert.equal(got.Policy, document);
    assert.equal(
      (await ddb.send(new GetItemCommand({ TableName: TABLE, Key: key }))).Item?.['sk']?.N,
      '2',
    );
    const allowed = (await readAuthzLog(emulator.url)).find(
      (r) =>
        r.principal.arn === userArn && r.action === 'dynamodb:GetItem' && r.decision === 'allow',
    ) as { matched: Array<{ sid?: string; policyKind?: string; policyId: string }> } | undefined;
    assert.deepEqual(
      allowed?.matched.map((m) => [m.policyKind, m.policyId, m.sid]),
      [['resource', `dynamodb/${TABLE}/resource-policy`, 'ReadForUser']],
    );
    await admin.send(new DeleteResourcePolicyCommand({ ResourceArn: TABLE_ARN }));
    await assert.rejects(admin.send(new GetResourcePolicyCommand({ ResourceArn: TABLE_ARN })), {
      name: 'PolicyNotFoundException',
    });
  });

  it('SDK v3: PartiQL is authorized as dynamodb:PartiQLSelect/Insert, not as GetItem/PutItem', async () => {
    const { credentials, sessionArn } = await roleSession(
      emulator.url,
      'ddb-partiql-role',
      policy(
        {
          Sid: 'ReadWithPartiQL',
          Effect: 'Allow',
          Action: 'dynamodb:PartiQLSelect',
          Resource: TABLE_ARN,
        },
        { Sid: 'ClassicWrite', Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: TABLE_ARN },
      ),
    );
    const ddb = new DynamoDBClient(clientConfig(emulator.url, credentials));
    const rows = await ddb.send(
      new ExecuteStatementCommand({
        Statement: `SELECT sk FROM "${TABLE}" WHERE pk = ? AND sk <= ?`,
        Parameters: [{ S: 'user-1' }, { N: '2' }],
      }),
    );
    assert.deepEqual(rows.Items, [{ sk: { N: '1' } }, { sk: { N: '2' } }]);
    await assert.rejects(
      ddb.send(
        new ExecuteStatementCommand({
          Statement: `INSERT INTO "${TABLE}" VALUE {'pk': 'partiql', 'sk': 1}`,
        }),
      ),
      {
        name: 'AccessDeniedException',
        message: denied(sessionArn, 'dynamodb:PartiQLInsert', TABLE_ARN),
      },
    );
    const select = (await readAuthzLog(emulator.url)).find(
      (r) => r.principal.arn === sessionArn && r.action === 'dynamodb:PartiQLSelect',
    );
    assert.deepEqual(
      select?.matched.map((m) => m.sid),
      ['ReadWithPartiQL'],
    );
    assert.equal(select?.context['dynamodb:FullTableScan'], false);
    assert.deepEqual(select?.context['dynamodb:LeadingKeys'], ['user-1']);
    // Batches report per-statement errors; transactions roll back and name each reason.
    const batch = await admin.send(
      new BatchExecuteStatementCommand({
        Statements: [
          { Statement: `INSERT INTO "${TABLE}" VALUE {'pk': 'pql', 'sk': 1}` },
          { Statement: `INSERT INTO "${TABLE}" VALUE {'pk': 'pql', 'sk': 1}` },
        ],
      }),
    );
    assert.deepEqual(
      batch.Responses?.map((r) => r.Error?.Code),
      [undefined, 'DuplicateItem'],
    );
    await assert.rejects(
      admin.send(
        new ExecuteTransactionCommand({
          TransactStatements: [
            { Statement: `INSERT INTO "${TABLE}" VALUE {'pk': 'pql', 'sk': 2}` },
            { Statement: `INSERT INTO "${TABLE}" VALUE {'pk': 'pql', 'sk': 1}` },
          ],
        }),
      ),
      { name: 'TransactionCanceledException' },
    );
    const left = await admin.send(
      new ExecuteStatementCommand({ Statement: `SELECT sk FROM "${TABLE}" WHERE pk = 'pql'` }),
    );
    assert.deepEqual(left.Items, [{ sk: { N: '1' } }]);
  });

  it('boto3: put_item allowed, get_item denied, a failed condition is ConditionalCheckFailedException', async () => {
    const credentials = await userWithPolicy(emulator.url, 'ddb-boto3-user', WRITE_EVENT);
    const out = (await boto3(
      emulator.url,
      credentials,
      `c = client('dynamodb')
item = {'pk': {'S': 'boto3'}, 'sk': {'N': '1'}, 'at': {'S': 'now'}}
print(json.dumps({
  'put': call(lambda: c.put_item(TableName=${JSON.stringify(TABLE)}, Item=item)),
  'again': call(lambda: c.put_item(TableName=${JSON.stringify(TABLE)}, Item=item, ConditionExpression='attribute_not_exists(pk)')),
  'get': call(lambda: c.get_item(TableName=${JSON.stringify(TABLE)}, Key={'pk': {'S': 'boto3'}, 'sk': {'N': '1'}})),
}))`,
    )) as Record<string, { error?: { Code: string; Message: string }; status?: number }>;
    assert.deepEqual(out['put'], {});
    assert.equal(out['again']?.error?.Code, 'ConditionalCheckFailedException');
    assert.equal(out['again']?.error?.Message, 'The conditional request failed');
    assert.equal(out['get']?.error?.Code, 'AccessDeniedException');
    assert.equal(out['get']?.status, 400);
    assert.equal(
      out['get']?.error?.Message,
      denied(`arn:aws:iam::${ACCOUNT}:user/ddb-boto3-user`, 'dynamodb:GetItem', TABLE_ARN),
    );
  });

  it('boto3: the pre-expression parameters (Expected, AttributeUpdates, KeyConditions, QueryFilter, ScanFilter)', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `c = client('dynamodb')
t = ${JSON.stringify(TABLE)}
key = {'pk': {'S': 'legacy'}, 'sk': {'N': '1'}}
print(json.dumps({
  'put': call(lambda: c.put_item(TableName=t, Item={**key, 'v': {'N': '1'}}, Expected={'pk': {'Exists': False}})),
  'again': call(lambda: c.put_item(TableName=t, Item=key, Expected={'pk': {'Exists': False}})),
  'update': call(lambda: c.update_item(TableName=t, Key=key, AttributeUpdates={'v': {'Action': 'ADD', 'Value': {'N': '2'}}, 'w': {'Value': {'S': 'x'}}}, Expected={'v': {'ComparisonOperator': 'EQ', 'AttributeValueList': [{'N': '1'}]}}, ReturnValues='ALL_NEW')),
  'query': call(lambda: c.query(TableName=t, KeyConditions={'pk': {'ComparisonOperator': 'EQ', 'AttributeValueList': [{'S': 'legacy'}]}, 'sk': {'ComparisonOperator': 'GE', 'AttributeValueList': [{'N': '1'}]}}, QueryFilter={'w': {'ComparisonOperator': 'BEGINS_WITH', 'AttributeValueList': [{'S': 'x'}]}})),
  'scan': call(lambda: c.scan(TableName=t, ScanFilter={'v': {'ComparisonOperator': 'GT', 'AttributeValueList': [{'N': '2'}]}})),
  'mixed': call(lambda: c.put_item(TableName=t, Item=key, Expected={'pk': {'Exists': False}}, ConditionExpression='attribute_not_exists(pk)')),
}))`,
    )) as Record<
      string,
      { Attributes?: unknown; Count?: number; error?: { Code: string; Message: string } }
    >;
    assert.deepEqual(out['put'], {});
    assert.equal(out['again']?.error?.Code, 'ConditionalCheckFailedException');
    assert.deepEqual(out['update']?.Attributes, {
      pk: { S: 'legacy' },
      sk: { N: '1' },
      v: { N: '3' },
      w: { S: 'x' },
    });
    assert.equal(out['query']?.Count, 1);
    assert.equal(out['scan']?.Count, 1);
    assert.equal(
      out['mixed']?.error?.Message,
      'Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}',
    );
  });

  it('AWS CLI: create-table, wait table-exists, put-item, get-item, delete-table', async () => {
    const created = await cli(emulator.url, [
      'dynamodb',
      'create-table',
      '--table-name',
      'cli-table',
      '--attribute-definitions',
      'AttributeName=id,AttributeType=S',
      '--key-schema',
      'AttributeName=id,KeyType=HASH',
      '--billing-mode',
      'PAY_PER_REQUEST',
    ]);
    assert.equal(created.status, 0, created.stderr);
    const waited = await cli(emulator.url, [
      'dynamodb',
      'wait',
      'table-exists',
      '--table-name',
      'cli-table',
    ]);
    assert.equal(waited.status, 0, waited.stderr);
    const put = await cli(emulator.url, [
      'dynamodb',
      'put-item',
      '--table-name',
      'cli-table',
      '--item',
      '{"id":{"S":"a"},"n":{"N":"007"}}',
    ]);
    assert.equal(put.status, 0, put.stderr);
    const got = await cli(emulator.url, [
      'dynamodb',
      'get-item',
      '--table-name',
      'cli-table',
      '--key',
      '{"id":{"S":"a"}}',
    ]);
    assert.equal(got.status, 0, got.stderr);
    assert.deepEqual(got.json, { Item: { id: { S: 'a' }, n: { N: '7' } } });
    await admin.send(new DeleteTableCommand({ TableName: 'cli-table' }));
  });
});
