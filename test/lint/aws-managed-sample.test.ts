/**
 * A sample of real AWS managed policies, written by AWS, not by us: their findings are pinned
 * in expected.json (code, line, column). The whole corpus (1,388 policies, from
 * https://github.com/z0ph/MAMIP, policies/ at commit de4971a4, which tracks the AWS managed
 * policies as AWS publishes them) is in bench/data/aws-managed-policies.json.gz; the test
 * below lints all of it (zero crashes, every file parses) and pins the hits of the rules that
 * must never false-alarm, each reviewed (docs/lint-rules.md, "Corpus review").
 *
 * Regenerate expected.json after a deliberate rule change with UPDATE_EXPECTED=1.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { gunzipSync, strFromU8 } from 'fflate';
import { lintPolicyText } from '../../src/lint/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const sampleDir = path.join(repoRoot, 'test/fixtures/lint/aws-managed');
const expectedFile = path.join(sampleDir, 'expected.json');

function summarize(text: string, name: string): string[] {
  const r = lintPolicyText(text, name, { kind: 'identity', policyKind: 'managed' });
  assert.deepEqual(r.errors, []);
  return r.findings.map((f) => `${f.code} ${f.line}:${f.column}`);
}

describe('AWS managed policies', () => {
  test('the committed sample has exactly the expected findings', () => {
    const actual: Record<string, string[]> = {};
    for (const file of readdirSync(sampleDir)
      .filter((f) => f !== 'expected.json')
      .sort()) {
      actual[file] = summarize(readFileSync(path.join(sampleDir, file), 'utf8'), file);
    }
    if (process.env.UPDATE_EXPECTED)
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
  });

  test('the whole corpus lints without a crash, and the no-false-alarm rules hit only reviewed places', () => {
    const corpus = JSON.parse(
      strFromU8(
        gunzipSync(readFileSync(path.join(repoRoot, 'bench/data/aws-managed-policies.json.gz'))),
      ),
    ) as { count: number; policies: Record<string, unknown> };
    assert.equal(Object.keys(corpus.policies).length, corpus.count);
    const hits: string[] = [];
    for (const [name, doc] of Object.entries(corpus.policies)) {
      const r = lintPolicyText(JSON.stringify(doc, null, 2), name, { kind: 'identity' });
      assert.deepEqual(r.errors, [], name);
      for (const f of r.findings) {
        if (
          ['RESOURCE_MISMATCH', 'UNKNOWN_ACTION', 'CONDITION_KEY_NOT_APPLICABLE'].includes(f.code)
        )
          hits.push(`${name} ${f.code} ${f.message.split(' ')[0]}`);
        // WILDCARD_RESOURCE must never name an action that accepts only "*".
        if (f.code === 'WILDCARD_RESOURCE')
          assert.doesNotMatch(
            f.message,
            /"sts:GetCallerIdentity", "s3:ListAllMyBuckets"[^;]*which can be limited/,
          );
      }
    }
    assert.deepEqual(hits.sort(), REVIEWED.sort());
  });
});

/**
 * Every hit reviewed by hand. RESOURCE_MISMATCH: s3:GetObject (an object action) on a bucket
 * ARN, which never matches an object. UNKNOWN_ACTION: names not in the Service Authorization
 * Reference: API names used as actions (s3:ListBuckets, s3:ListObjects, s3:ListObjectsV2), a
 * typo in AWS's own policy (ssm:RemoveTagsToResource), and actions AWS retired or never listed
 * (CloudHSM Classic, account:GetChallengeQuestions, artifact:Get, ...).
 */
const REVIEWED = [
  'AIOpsAssistantPolicy RESOURCE_MISMATCH "arn:aws:s3:::amplify"',
  'AWSRefactoringToolkitFullAccess RESOURCE_MISMATCH "arn:aws:s3:::aws.portingassistant.dotnet.datastore"',
  'AWSAccountActivityAccess UNKNOWN_ACTION "account:GetChallengeQuestions"',
  'ReadOnlyAccess UNKNOWN_ACTION "account:GetChallengeQuestions"',
  'AWSArtifactReportsReadOnlyAccess UNKNOWN_ACTION "artifact:Get"',
  'AWSCodeStarFullAccess UNKNOWN_ACTION "cloud9:ValidateEnvironmentName"',
  'AWSIAMIdentityCenterAllowListForIdentityContext UNKNOWN_ACTION "qapps:ImportDocumentToQApp"',
  'AWSIAMIdentityCenterAllowListForIdentityContext UNKNOWN_ACTION "qapps:ImportDocumentToQAppSession"',
  'AmazonApplicationWizardFullaccess UNKNOWN_ACTION "ssm:RemoveTagsToResource"',
  'AmazonAuroraDSQLConsoleFullAccess UNKNOWN_ACTION "dsql:CreateMultiRegionClusters"',
  'AmazonAuroraDSQLConsoleFullAccess UNKNOWN_ACTION "dsql:DeleteMultiRegionClusters"',
  'AmazonAuroraDSQLFullAccess UNKNOWN_ACTION "dsql:CreateMultiRegionClusters"',
  'AmazonAuroraDSQLFullAccess UNKNOWN_ACTION "dsql:DeleteMultiRegionClusters"',
  'AmazonLaunchWizardFullaccess UNKNOWN_ACTION "s3:ListBuckets"',
  'AmazonLaunchWizardFullaccess UNKNOWN_ACTION "s3:ListObjects"',
  'AmazonLaunchWizardFullaccess UNKNOWN_ACTION "s3:ListObjectsV2"',
  'AmazonRoute53RecoveryControlConfigReadOnlyAccess UNKNOWN_ACTION "route53-recovery-control-config:DescribeRoutingControlByName"',
  'MemoryDBServiceRolePolicy UNKNOWN_ACTION "memorydb:ReplicateMultiRegionClusterData"',
  'RDSCloudHsmAuthorizationRole UNKNOWN_ACTION "cloudhsm:CreateLunaClient"',
  'RDSCloudHsmAuthorizationRole UNKNOWN_ACTION "cloudhsm:DeleteLunaClient"',
  'RDSCloudHsmAuthorizationRole UNKNOWN_ACTION "cloudhsm:DescribeHapg"',
  'RDSCloudHsmAuthorizationRole UNKNOWN_ACTION "cloudhsm:DescribeLunaClient"',
  'RDSCloudHsmAuthorizationRole UNKNOWN_ACTION "cloudhsm:GetConfig"',
  'RDSCloudHsmAuthorizationRole UNKNOWN_ACTION "cloudhsm:ModifyHapg"',
  'RDSCloudHsmAuthorizationRole UNKNOWN_ACTION "cloudhsm:ModifyLunaClient"',
  'SecurityAudit UNKNOWN_ACTION "sso:DescribePermissionsPolicies"',
  'ServiceCatalogAdminReadOnlyAccess UNKNOWN_ACTION "servicecatalog:GetTagOptionMigrationStatus"',
  'ServiceCatalogAdminReadOnlyAccess UNKNOWN_ACTION "servicecatalog:AccountLevelDescribeRecord"',
  'ServiceCatalogAdminReadOnlyAccess UNKNOWN_ACTION "servicecatalog:AccountLevelListRecordHistory"',
  'ServiceCatalogAdminReadOnlyAccess UNKNOWN_ACTION "servicecatalog:AccountLevelScanProvisionedProducts"',
];
