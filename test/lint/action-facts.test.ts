import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync, strFromU8 } from 'fflate';
import { expandPattern, globMatches } from '../../src/lint/action-facts.js';
import { arnOverlaps } from '../../src/lint/arn-overlap.js';
import { expandActionPattern } from '../../src/policy/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root =
  path.basename(path.dirname(path.dirname(here))) === 'build'
    ? path.resolve(here, '../../..')
    : path.resolve(here, '../..');

/** Every distinct Action/NotAction value with a wildcard in the AWS managed policies corpus. */
function corpusWildcards(): string[] {
  const corpus = JSON.parse(
    strFromU8(
      gunzipSync(readFileSync(path.join(root, 'bench', 'data', 'aws-managed-policies.json.gz'))),
    ),
  ) as { policies: Record<string, { Statement?: unknown }> };
  const out = new Set<string>();
  for (const doc of Object.values(corpus.policies)) {
    const statements = [doc.Statement ?? []].flat() as Record<string, unknown>[];
    for (const st of statements) {
      for (const v of [st.Action, st.NotAction].flat()) {
        if (typeof v === 'string' && /[*?]/.test(v)) out.add(v);
      }
    }
  }
  return [...out].sort();
}

describe('action-facts: wildcard expansion', () => {
  test("expandPattern gives the engine's expansion, in catalog order, for every corpus wildcard", () => {
    const patterns = corpusWildcards();
    assert.ok(patterns.length > 1000, `${patterns.length} patterns`);
    for (const p of patterns) {
      assert.deepEqual(
        expandPattern(p).map((a) => a.action),
        expandActionPattern(p),
        p,
      );
    }
  });

  test('case, ? and inner * match as IAM matches them; non-ASCII text matches nothing', () => {
    const names = (p: string) => expandPattern(p).map((a) => a.action);
    assert.deepEqual(names('S3:getobjectversion*'), expandActionPattern('s3:GetObjectVersion*'));
    assert.ok(names('s3:Get?bject').includes('s3:GetObject'));
    assert.ok(names('iam:*Policy').includes('iam:AttachRolePolicy'));
    assert.ok(names('iam:*Policy').every((a) => a.endsWith('Policy')));
    assert.deepEqual(names('s3:\u212Aeys*'), []); // the Kelvin sign is not "k"
    assert.deepEqual(names('s3:Nothing*Like*This'), []);
  });

  test('globMatches: * any run (also none), ? exactly one character', () => {
    assert.equal(globMatches('get*', 'get'), true);
    assert.equal(globMatches('get*', 'getobject'), true);
    assert.equal(globMatches('*object', 'getobject'), true);
    assert.equal(globMatches('g?t*t', 'getobject'), true);
    assert.equal(globMatches('g?t', 'gt'), false);
    assert.equal(globMatches('*a*b*', 'xxaxxbxx'), true);
    assert.equal(globMatches('*a*b', 'xxbxxa'), false);
    assert.equal(globMatches('**', ''), true);
    assert.equal(globMatches('a', 'ab'), false);
  });
});

describe('arn-overlap', () => {
  test('characters compare case-insensitively, and U+0130 only matches itself', () => {
    assert.equal(arnOverlaps('arn:aws:s3:::MyBucket', 'arn:${Partition}:s3:::mybucket'), true);
    assert.equal(arnOverlaps('arn:aws:s3:::\u0130x', 'arn:aws:s3:::ix'), false);
    assert.equal(arnOverlaps('arn:aws:s3:::\u0130x', 'arn:aws:s3:::\u0130x'), true);
    assert.equal(
      arnOverlaps('arn:aws:s3:::bucket/*', 'arn:${Partition}:s3:::${BucketName}'),
      false,
    );
  });
});
