import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listKeys } from '../../src/emulator/services/s3/list-keys.js';
import type { Bucket } from '../../src/emulator/services/s3/s3-store.js';
import { bucketFromHost, toPathStyle } from '../../src/emulator/services/s3/s3-virtual-host.js';
import type { EmulatorRequest } from '../../src/emulator/server/emulator-request.js';

function bucket(keys: string[]): Bucket {
  const objects = new Map(
    keys.map((key) => [
      key,
      {
        key,
        body: Buffer.alloc(0),
        etag: '""',
        lastModified: new Date(0),
        contentType: '',
        headers: {},
        metadata: {},
        tags: [],
      },
    ]),
  );
  return {
    name: 'b',
    createDate: new Date(0),
    region: 'us-east-1',
    objects,
    uploads: new Map(),
    config: new Map(),
  };
}

describe('S3 listing', () => {
  const b = bucket(['a/1', 'a/2', 'b', 'c/x/1', 'c/y', 'd']);
  it('rolls keys up into common prefixes at the delimiter', () => {
    const listing = listKeys(b, { delimiter: '/' });
    assert.deepEqual(
      listing.contents.map((o) => o.key),
      ['b', 'd'],
    );
    assert.deepEqual(listing.commonPrefixes, ['a/', 'c/']);
  });
  it('pages by max keys, and a common-prefix marker skips everything under it', () => {
    const first = listKeys(b, { delimiter: '/', maxKeys: 2 });
    assert.equal(first.truncated, true);
    assert.equal(first.last, 'b');
    const second = listKeys(b, { delimiter: '/', maxKeys: 1, after: 'a/' });
    assert.deepEqual(
      second.contents.map((o) => o.key),
      ['b'],
    );
  });
  it('lists under a prefix', () => {
    assert.deepEqual(listKeys(b, { prefix: 'c/', delimiter: '/' }).commonPrefixes, ['c/x/']);
  });
});

describe('S3 virtual-host-style requests', () => {
  it('finds the bucket in known S3 host names only', () => {
    assert.equal(bucketFromHost('my-bucket.localhost'), 'my-bucket');
    assert.equal(bucketFromHost('my.bucket.s3.localhost.localstack.cloud'), 'my.bucket');
    assert.equal(bucketFromHost('b.s3.us-east-1.amazonaws.com'), 'b');
    assert.equal(bucketFromHost('s3.localhost.localstack.cloud'), undefined);
    assert.equal(bucketFromHost('localhost'), undefined);
    assert.equal(bucketFromHost('127.0.0.1'), undefined);
  });
  it('rewrites to path style', () => {
    const request = { rawPath: '/dir/key.txt', hostname: 'b.localhost' } as EmulatorRequest;
    assert.equal(toPathStyle(request).rawPath, '/b/dir/key.txt');
    assert.equal(toPathStyle({ ...request, rawPath: '/' }).rawPath, '/b');
  });
});
