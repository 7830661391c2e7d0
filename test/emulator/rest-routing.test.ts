import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import s3Model from '../../src/emulator/models/s3.generated.json' with { type: 'json' };
import type { ServiceModel } from '../../src/emulator/protocols/model-types.js';
import { matchRoute } from '../../src/emulator/protocols/rest-routing.js';
import {
  parseQueryString,
  type EmulatorRequest,
} from '../../src/emulator/server/emulator-request.js';

const model = s3Model as unknown as ServiceModel;

function request(
  method: string,
  url: string,
  headers: Record<string, string> = {},
): EmulatorRequest {
  const [rawPath = '/', rawQuery = ''] = url.split('?');
  return {
    id: 'r',
    method,
    rawPath,
    rawQuery,
    query: parseQueryString(rawQuery),
    headers,
    body: Buffer.alloc(0),
    hostname: 'localhost',
    sourceIp: '127.0.0.1',
    secureTransport: false,
    receivedAt: new Date(),
  };
}

describe('REST routing from the S3 model', () => {
  const cases: Array<[string, string, Record<string, string>, string]> = [
    ['GET', '/', {}, 'ListBuckets'],
    ['PUT', '/b', {}, 'CreateBucket'],
    ['HEAD', '/b', {}, 'HeadBucket'],
    ['GET', '/b', {}, 'ListObjects'],
    ['GET', '/b?list-type=2&prefix=a%2F', {}, 'ListObjectsV2'],
    ['GET', '/b?policy', {}, 'GetBucketPolicy'],
    ['PUT', '/b/k/with/slashes', {}, 'PutObject'],
    ['PUT', '/b/k', { 'x-amz-copy-source': '/b/src' }, 'CopyObject'],
    ['PUT', '/b/k?partNumber=1&uploadId=u', {}, 'UploadPart'],
    ['PUT', '/b/k?partNumber=1&uploadId=u', { 'x-amz-copy-source': '/b/src' }, 'UploadPartCopy'],
    ['GET', '/b/k', {}, 'GetObject'],
    ['GET', '/b/k?uploadId=u', {}, 'ListParts'],
    ['GET', '/b/k?tagging', {}, 'GetObjectTagging'],
    ['POST', '/b/k?uploads', {}, 'CreateMultipartUpload'],
    ['POST', '/b/k?uploadId=u', {}, 'CompleteMultipartUpload'],
    ['DELETE', '/b/k?uploadId=u', {}, 'AbortMultipartUpload'],
    ['DELETE', '/b/k', {}, 'DeleteObject'],
    ['POST', '/b?delete', {}, 'DeleteObjects'],
  ];
  for (const [method, url, headers, operation] of cases) {
    it(`${method} ${url}${Object.keys(headers).length ? ' +copy-source' : ''} -> ${operation}`, () => {
      assert.equal(matchRoute(model, request(method, url, headers))?.operation, operation);
    });
  }

  it('decodes URI labels and keeps the greedy key whole', () => {
    const match = matchRoute(model, request('GET', '/my-bucket/dir/a%20b%2Bc.txt'));
    assert.deepEqual(match?.labels, { Bucket: 'my-bucket', Key: 'dir/a b+c.txt' });
  });

  it('finds no route for a method the model does not have', () => {
    assert.equal(matchRoute(model, request('PATCH', '/b/k')), undefined);
  });
});
