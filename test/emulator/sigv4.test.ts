import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignatureV4 } from '@smithy/signature-v4';
import { NodeSha256 } from '../../src/emulator/identity/node-sha256.js';
import {
  declaredPayloadHashMatches,
  readSigV4Claim,
  verifySigV4,
} from '../../src/emulator/identity/sigv4.js';
import {
  parseQueryString,
  type EmulatorRequest,
} from '../../src/emulator/server/emulator-request.js';

const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};

function signer(service: string): SignatureV4 {
  return new SignatureV4({
    service,
    region: 'us-east-1',
    credentials,
    sha256: NodeSha256,
    uriEscapePath: service !== 's3',
  });
}

/** What the server would see for a request the v3 SDK signed. */
function received(
  signed: {
    method: string;
    path: string;
    query?: Record<string, unknown>;
    headers: Record<string, string>;
  },
  body = '',
): EmulatorRequest {
  const rawQuery = Object.entries(signed.query ?? {})
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed.headers)) headers[k.toLowerCase()] = v;
  return {
    id: 'r',
    method: signed.method,
    rawPath: signed.path,
    rawQuery,
    query: parseQueryString(rawQuery),
    headers,
    body: Buffer.from(body),
    hostname: 'localhost',
    sourceIp: '127.0.0.1',
    secureTransport: false,
    receivedAt: new Date(),
  };
}

describe('SigV4 verification', () => {
  it('accepts a header-signed query-protocol request and rejects a wrong secret or a changed body', async () => {
    const body = 'Action=ListRoles&Version=2010-05-08';
    const signed = await signer('iam').sign({
      method: 'POST',
      protocol: 'http:',
      hostname: 'localhost',
      port: 4566,
      path: '/',
      headers: { host: 'localhost:4566', 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    const request = received(signed as never, body);
    const claim = readSigV4Claim(request)!;
    assert.equal(claim.accessKeyId, 'AKIDEXAMPLE');
    assert.equal(claim.service, 'iam');
    assert.equal(
      await verifySigV4(request, claim, credentials.secretAccessKey, request.body),
      true,
    );
    assert.equal(await verifySigV4(request, claim, 'wrong', request.body), false);
    assert.equal(declaredPayloadHashMatches(request, Buffer.from(`${body}&x=1`)), false);
    assert.equal(declaredPayloadHashMatches(request, request.body), true);
  });

  it('verifies S3 paths without double escaping and presigned URLs', async () => {
    const path = '/bucket/a%20b/c%2Bd.txt';
    const headerSigned = await signer('s3').sign({
      method: 'GET',
      protocol: 'http:',
      hostname: 'localhost',
      path,
      headers: { host: 'localhost:4566', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    const request = received(headerSigned as never);
    assert.equal(
      await verifySigV4(
        request,
        readSigV4Claim(request)!,
        credentials.secretAccessKey,
        request.body,
      ),
      true,
    );

    // As @aws-sdk/s3-request-presigner does: S3 presigned URLs always sign UNSIGNED-PAYLOAD.
    const presigned = await signer('s3').presign(
      {
        method: 'GET',
        protocol: 'http:',
        hostname: 'localhost',
        path,
        headers: { host: 'localhost:4566', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
        query: {},
      },
      {
        expiresIn: 60,
        unhoistableHeaders: new Set(['x-amz-content-sha256']),
        unsignableHeaders: new Set(['x-amz-content-sha256']),
      },
    );
    delete (presigned.headers as Record<string, string>)['x-amz-content-sha256'];
    const presignedRequest = received(presigned as never);
    const claim = readSigV4Claim(presignedRequest)!;
    assert.equal(claim.location, 'query');
    assert.equal(claim.expiresSeconds, 60);
    assert.equal(
      await verifySigV4(
        presignedRequest,
        claim,
        credentials.secretAccessKey,
        presignedRequest.body,
      ),
      true,
    );
    const tampered = received({
      ...(presigned as never as { method: string; path: string; headers: Record<string, string> }),
      path: '/bucket/other',
    });
    (tampered as { query: Map<string, string[]> }).query = presignedRequest.query;
    assert.equal(
      await verifySigV4(tampered, claim, credentials.secretAccessKey, tampered.body),
      false,
    );
  });

  it('treats an unsigned request as unsigned and a malformed header as IncompleteSignature', () => {
    assert.equal(readSigV4Claim(received({ method: 'GET', path: '/', headers: {} })), undefined);
    assert.throws(
      () =>
        readSigV4Claim(
          received({
            method: 'GET',
            path: '/',
            headers: { authorization: 'AWS4-HMAC-SHA256 Credential=x' },
          }),
        ),
      { code: 'IncompleteSignature' },
    );
  });
});
