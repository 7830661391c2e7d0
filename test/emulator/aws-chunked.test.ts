import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeAwsChunked, isAwsChunked } from '../../src/emulator/server/aws-chunked.js';

describe('aws-chunked bodies', () => {
  it('decodes signed chunks and ignores trailing checksum headers', () => {
    const body = Buffer.from(
      '5;chunk-signature=aaaa\r\nhello\r\n6;chunk-signature=bbbb\r\n world\r\n0;chunk-signature=cccc\r\nx-amz-checksum-crc32:AAAA\r\n\r\n',
    );
    assert.equal(decodeAwsChunked(body).toString(), 'hello world');
  });

  it('rejects truncated chunks with IncompleteBody', () => {
    assert.throws(() => decodeAwsChunked(Buffer.from('a\r\nabc')), { code: 'IncompleteBody' });
    assert.throws(() => decodeAwsChunked(Buffer.from('zz\r\n')), { code: 'IncompleteBody' });
  });

  it('recognises streaming uploads by payload hash or content encoding', () => {
    assert.equal(
      isAwsChunked({ 'x-amz-content-sha256': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD' }),
      true,
    );
    assert.equal(isAwsChunked({ 'content-encoding': 'gzip, aws-chunked' }), true);
    assert.equal(isAwsChunked({ 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' }), false);
  });
});
