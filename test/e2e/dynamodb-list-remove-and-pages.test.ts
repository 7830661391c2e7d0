/**
 * Conformance with boto3:
 * - `REMOVE a[0], a[1], a[2]` on a five-element list removes the original elements 0-2 (the last
 *   two remain): every path in one update expression names the item as it was before the update.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html
 *   (REMOVE — Removing elements from a list)
 * - Query and Scan read at most 1 MB per call and answer LastEvaluatedKey to continue.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html
 *   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.Pagination
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import { ADMIN, boto3 } from '../helpers/aws-subprocess.js';

describe('DynamoDB list REMOVE by original index and 1 MB pages (boto3)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
  });
  after(() => emulator.stop());

  it('REMOVE a[0], a[1], a[2] leaves the original a[3] and a[4]', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `
ddb = client('dynamodb')
ddb.create_table(TableName='lists', KeySchema=[{'AttributeName': 'pk', 'KeyType': 'HASH'}],
  AttributeDefinitions=[{'AttributeName': 'pk', 'AttributeType': 'S'}], BillingMode='PAY_PER_REQUEST')
ddb.put_item(TableName='lists', Item={'pk': {'S': 'k'}, 'a': {'L': [{'S': s} for s in 'vwxyz']}})
ddb.update_item(TableName='lists', Key={'pk': {'S': 'k'}}, UpdateExpression='REMOVE a[0], a[1], a[2]')
item = ddb.get_item(TableName='lists', Key={'pk': {'S': 'k'}})['Item']
print(json.dumps([e['S'] for e in item['a']['L']]))
`,
    )) as string[];
    assert.deepEqual(out, ['y', 'z']);
  });

  it('Query and Scan stop at 1 MB with LastEvaluatedKey, and the pages cover every item', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `
ddb = client('dynamodb')
ddb.create_table(TableName='big', KeySchema=[{'AttributeName': 'pk', 'KeyType': 'HASH'},
  {'AttributeName': 'sk', 'KeyType': 'RANGE'}],
  AttributeDefinitions=[{'AttributeName': 'pk', 'AttributeType': 'S'},
  {'AttributeName': 'sk', 'AttributeType': 'N'}], BillingMode='PAY_PER_REQUEST')
blob = 'x' * (100 * 1024)
for i in range(25):
    ddb.put_item(TableName='big', Item={'pk': {'S': 'p'}, 'sk': {'N': str(i)}, 'blob': {'S': blob}})
def pages(op, **kw):
    counts, start = [], None
    while True:
        args = dict(kw, TableName='big')
        if start is not None: args['ExclusiveStartKey'] = start
        r = op(**args)
        counts.append([r['Count'], 'LastEvaluatedKey' in r])
        start = r.get('LastEvaluatedKey')
        if start is None: return counts
q = pages(ddb.query, KeyConditionExpression='pk = :p', ExpressionAttributeValues={':p': {'S': 'p'}})
s = pages(ddb.scan)
print(json.dumps({'query': q, 'scan': s}))
`,
    )) as { query: [number, boolean][]; scan: [number, boolean][] };
    for (const pages of [out.query, out.scan]) {
      assert.ok(pages.length >= 3, JSON.stringify(pages));
      assert.equal(pages[0]![1], true);
      // About 100 KB each: a page holds at most 11 items (10 make 1 MB less a little).
      assert.ok(
        pages.every(([count]) => count <= 11),
        JSON.stringify(pages),
      );
      assert.equal(
        pages.reduce((n, [count]) => n + count, 0),
        25,
      );
    }
  });
});
