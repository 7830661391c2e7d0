import { AwsError } from '../errors/aws-error.js';

/**
 * Decodes an `aws-chunked` payload (SigV4 streaming uploads, used by the AWS CLI, boto3 and the
 * v3 SDKs for S3 PutObject/UploadPart): `hex-size[;chunk-signature=...]\r\n data \r\n`, ending
 * with a zero-size chunk optionally followed by trailing headers (flexible checksums).
 * Chunk signatures are not verified: the seed signature of the request itself is.
 */
export function decodeAwsChunked(body: Buffer): Buffer {
  return decodeAwsChunkedWithTrailers(body).body;
}

/**
 * Also returns the trailing headers (`x-amz-checksum-crc32: ...`), lower-cased, which S3 treats
 * like request headers (the checksum is echoed back and stored with the object).
 */
export function decodeAwsChunkedWithTrailers(body: Buffer): {
  body: Buffer;
  trailers: Record<string, string>;
} {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', offset, 'latin1');
    if (lineEnd === -1) throw malformed('a chunk header has no CRLF');
    const header = body.toString('latin1', offset, lineEnd);
    const size = Number.parseInt(header.split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) throw malformed(`bad chunk size '${header}'`);
    const start = lineEnd + 2;
    if (size === 0) {
      offset = start;
      break;
    }
    if (start + size > body.length) throw malformed('a chunk is shorter than its declared size');
    parts.push(body.subarray(start, start + size));
    offset = start + size;
    if (body.toString('latin1', offset, offset + 2) !== '\r\n')
      throw malformed('a chunk is not followed by CRLF');
    offset += 2;
  }
  const trailers: Record<string, string> = {};
  for (const line of body.toString('latin1', offset).split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { body: Buffer.concat(parts), trailers };
}

/** True when the request body is SigV4-streamed and must be de-chunked before use. */
export function isAwsChunked(headers: Readonly<Record<string, string>>): boolean {
  const sha = headers['x-amz-content-sha256'] ?? '';
  if (sha.startsWith('STREAMING-')) return true;
  return (headers['content-encoding'] ?? '').split(',').some((e) => e.trim() === 'aws-chunked');
}

function malformed(detail: string): AwsError {
  return new AwsError(
    'IncompleteBody',
    `The aws-chunked request body is malformed: ${detail}`,
    400,
  );
}
