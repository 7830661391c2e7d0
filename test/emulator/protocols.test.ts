import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AwsError } from '../../src/emulator/errors/aws-error.js';
import dynamodbModel from '../../src/emulator/models/dynamodb.generated.json' with { type: 'json' };
import iamModel from '../../src/emulator/models/iam.generated.json' with { type: 'json' };
import s3Model from '../../src/emulator/models/s3.generated.json' with { type: 'json' };
import snsModel from '../../src/emulator/models/sns.generated.json' with { type: 'json' };
import { jsonProtocol } from '../../src/emulator/protocols/json-protocol.js';
import type { ServiceModel } from '../../src/emulator/protocols/model-types.js';
import { queryProtocol } from '../../src/emulator/protocols/query-protocol.js';
import { restXmlProtocol } from '../../src/emulator/protocols/rest-protocol.js';
import {
  parseQueryString,
  type EmulatorRequest,
} from '../../src/emulator/server/emulator-request.js';

const iam = iamModel as unknown as ServiceModel;
const sns = snsModel as unknown as ServiceModel;
const s3 = s3Model as unknown as ServiceModel;
const dynamodb = dynamodbModel as unknown as ServiceModel;

function request(init: {
  method?: string;
  url?: string;
  headers?: Record<string, string>;
  body?: string;
}): EmulatorRequest {
  const [rawPath = '/', rawQuery = ''] = (init.url ?? '/').split('?');
  return {
    id: 'req-1',
    method: init.method ?? 'POST',
    rawPath,
    rawQuery,
    query: parseQueryString(rawQuery),
    headers: init.headers ?? {},
    body: Buffer.from(init.body ?? ''),
    hostname: 'localhost',
    sourceIp: '127.0.0.1',
    secureTransport: false,
    receivedAt: new Date(),
  };
}

const form = (body: string) =>
  request({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

describe('query protocol', () => {
  it('reads lists of structures (Tags.member.N.Key) and typed scalars', () => {
    const r = form(
      'Action=CreateRole&Version=2010-05-08&RoleName=r&AssumeRolePolicyDocument=%7B%7D&MaxSessionDuration=7200' +
        '&Tags.member.1.Key=team&Tags.member.1.Value=a&Tags.member.2.Key=env&Tags.member.2.Value=',
    );
    assert.equal(queryProtocol.operationOf(iam, r), 'CreateRole');
    assert.deepEqual(queryProtocol.parseInput(iam, 'CreateRole', r), {
      RoleName: 'r',
      AssumeRolePolicyDocument: '{}',
      MaxSessionDuration: 7200,
      Tags: [
        { Key: 'team', Value: 'a' },
        { Key: 'env', Value: '' },
      ],
    });
  });

  it('reads maps (Attributes.entry.N.key/value)', () => {
    const r = form(
      'Action=CreateTopic&Version=2010-03-31&Name=t&Attributes.entry.1.key=DisplayName&Attributes.entry.1.value=Hi',
    );
    assert.deepEqual(queryProtocol.parseInput(sns, 'CreateTopic', r), {
      Name: 't',
      Attributes: { DisplayName: 'Hi' },
    });
  });

  it('writes <OpResponse><OpResult> with member-wrapped lists and the RequestId', () => {
    const out = queryProtocol.serializeOutput(
      { Topics: [{ TopicArn: 'arn:1' }, { TopicArn: 'arn:<2>' }] },
      { requestId: 'req-1', model: sns, operation: 'ListTopics', method: 'POST' },
    );
    assert.equal(
      out.body,
      '<ListTopicsResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><ListTopicsResult><Topics>' +
        '<member><TopicArn>arn:1</TopicArn></member><member><TopicArn>arn:&lt;2&gt;</TopicArn></member>' +
        '</Topics></ListTopicsResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></ListTopicsResponse>',
    );
  });

  it('writes ErrorResponse with Type, Code, Message and RequestId', () => {
    const out = queryProtocol.serializeError(
      new AwsError('NoSuchEntity', "The role with name x can't be found.", 404),
      {
        requestId: 'req-1',
        model: iam,
        method: 'POST',
      },
    );
    assert.equal(out.status, 404);
    assert.equal(
      out.body,
      '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>NoSuchEntity</Code>' +
        "<Message>The role with name x can't be found.</Message></Error><RequestId>req-1</RequestId></ErrorResponse>",
    );
  });

  it('rejects missing required members and unknown actions', () => {
    assert.throws(() => queryProtocol.parseInput(iam, 'GetRole', form('Action=GetRole')), {
      code: 'ValidationError',
      message:
        "1 validation error detected: Value null at 'roleName' failed to satisfy constraint: Member must not be null",
    });
    assert.throws(() => queryProtocol.operationOf(iam, form('Action=Nope')), {
      code: 'InvalidAction',
    });
  });
});

describe('json protocol', () => {
  const target = (op: string, body: string) =>
    request({
      headers: {
        'x-amz-target': `DynamoDB_20120810.${op}`,
        'content-type': 'application/x-amz-json-1.0',
      },
      body,
    });

  it('finds the operation in X-Amz-Target and type-checks the body', () => {
    const r = target('GetItem', '{"TableName":"tbl","Key":{"pk":{"S":"a"}},"ConsistentRead":true}');
    assert.equal(jsonProtocol.operationOf(dynamodb, r), 'GetItem');
    assert.deepEqual(jsonProtocol.parseInput(dynamodb, 'GetItem', r), {
      TableName: 'tbl',
      Key: { pk: { S: 'a' } },
      ConsistentRead: true,
    });
    assert.throws(
      () =>
        jsonProtocol.parseInput(dynamodb, 'GetItem', target('GetItem', '{"TableName":5,"Key":{}}')),
      {
        code: 'SerializationException',
      },
    );
    assert.throws(() => jsonProtocol.parseInput(dynamodb, 'GetItem', target('GetItem', '{nope')), {
      code: 'SerializationException',
    });
  });

  it('writes errors as {__type, message} with the service prefix', () => {
    const out = jsonProtocol.serializeError(
      new AwsError('ResourceNotFoundException', 'Requested resource not found'),
      {
        requestId: 'req-1',
        model: dynamodb,
        method: 'POST',
        jsonErrorTypePrefix: 'com.amazonaws.dynamodb.v20120810#',
      },
    );
    assert.equal(out.status, 400);
    assert.deepEqual(JSON.parse(String(out.body)), {
      __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException',
      message: 'Requested resource not found',
    });
  });
});

describe('rest-xml protocol', () => {
  it('binds URI labels, query strings, headers, header maps and a blob payload', () => {
    const r = request({
      method: 'PUT',
      url: '/bkt/dir/a%20b.txt',
      headers: { 'content-type': 'text/plain', 'x-amz-meta-owner': 'me', 'x-amz-tagging': 'a=b' },
      body: 'hello',
    });
    assert.equal(restXmlProtocol.operationOf(s3, r), 'PutObject');
    const input = restXmlProtocol.parseInput(s3, 'PutObject', r);
    assert.equal(input.Bucket, 'bkt');
    assert.equal(input.Key, 'dir/a b.txt');
    assert.equal(input.ContentType, 'text/plain');
    assert.deepEqual(input.Metadata, { owner: 'me' });
    assert.equal(input.Tagging, 'a=b');
    assert.equal((input.Body as Buffer).toString(), 'hello');
  });

  it('reads an XML payload with flattened lists', () => {
    const r = request({
      method: 'POST',
      url: '/bkt?delete',
      body: '<Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Object><Key>a</Key></Object><Object><Key>b</Key></Object><Quiet>true</Quiet></Delete>',
    });
    assert.equal(restXmlProtocol.operationOf(s3, r), 'DeleteObjects');
    assert.deepEqual(restXmlProtocol.parseInput(s3, 'DeleteObjects', r).Delete, {
      Objects: [{ Key: 'a' }, { Key: 'b' }],
      Quiet: true,
    });
  });

  it('writes header members as headers and the rest under the root element', () => {
    const out = restXmlProtocol.serializeOutput(
      { IsTruncated: false, Name: 'bkt', Contents: [{ Key: 'k', Size: 5 }], KeyCount: 1 },
      {
        requestId: 'req-1',
        model: s3,
        operation: 'ListObjectsV2',
        method: 'GET',
        xmlRoot: 'ListBucketResult',
      },
    );
    assert.equal(
      out.body,
      '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
        '<IsTruncated>false</IsTruncated><Contents><Key>k</Key><Size>5</Size></Contents><Name>bkt</Name><KeyCount>1</KeyCount></ListBucketResult>',
    );
    const get = restXmlProtocol.serializeOutput(
      {
        Body: Buffer.from('hi'),
        ETag: '"e"',
        ContentType: 'text/plain',
        Metadata: { owner: 'me' },
        LastModified: new Date(0),
      },
      { requestId: 'req-1', model: s3, operation: 'GetObject', method: 'GET' },
    );
    assert.equal(String(get.body), 'hi');
    assert.equal(get.headers['etag'], '"e"');
    assert.equal(get.headers['x-amz-meta-owner'], 'me');
    assert.equal(get.headers['last-modified'], 'Thu, 01 Jan 1970 00:00:00 GMT');
    assert.equal(get.headers['content-length'], '2');
  });

  it('writes S3 errors with extra fields, RequestId and HostId; HEAD errors have no body', () => {
    const error = new AwsError('NoSuchKey', 'The specified key does not exist.', 404, {
      fields: { Key: 'k' },
    });
    const out = restXmlProtocol.serializeError(error, {
      requestId: 'req-1',
      model: s3,
      method: 'GET',
    });
    assert.match(
      String(out.body),
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error><Code>NoSuchKey<\/Code><Message>The specified key does not exist.<\/Message><Key>k<\/Key><RequestId>req-1<\/RequestId><HostId>/,
    );
    assert.equal(
      restXmlProtocol.serializeError(error, { requestId: 'req-1', model: s3, method: 'HEAD' }).body,
      '',
    );
  });
});
