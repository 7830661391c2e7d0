/**
 * Conformance with boto3: enum and length constraints on KMS, SSM and CloudWatch Logs inputs are
 * refused by the service with each API reference's exception (KMS and SSM ValidationException,
 * CloudWatch Logs InvalidParameterException), none of which botocore checks client-side.
 * Constraints as the API references (and AWS's service models bundled with botocore) give them:
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html (KeySpec, KeyUsage,
 *   Origin, Description 0-8192), https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html
 *   (AliasName 1-256, ^[a-zA-Z0-9:/_-]+$)
 * https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html (Name
 *   1-2048, Description 0-1024, Type and Tier enums, Value 4 KB standard / 8 KB advanced)
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html
 *   (logGroupName 1-512, [\.\-_/#A-Za-z0-9]+), API_CreateLogStream.html (logStreamName 1-512,
 *   [^:*]*), API_PutRetentionPolicy.html (retentionInDays values)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import { ADMIN, boto3 } from '../helpers/aws-subprocess.js';

type Failure = { error?: { Code: string; Message: string }; status?: number };

describe('KMS, SSM and CloudWatch Logs input validation (boto3)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
  });
  after(() => emulator.stop());

  it('answers each service exception for enums and lengths', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `
kms, ssm, logs = client('kms'), client('ssm'), client('logs')
key = kms.create_key()['KeyMetadata']['KeyId']
logs.create_log_group(logGroupName='ok')
print(json.dumps({
  'keySpec': call(lambda: kms.create_key(KeySpec='AES_999')),
  'keyUsage': call(lambda: kms.create_key(KeyUsage='ENCRYPT')),
  'origin': call(lambda: kms.create_key(Origin='SOMEWHERE')),
  'kmsDescription': call(lambda: kms.create_key(Description='d' * 8193)),
  'kmsDescriptionMax': 'KeyMetadata' in call(lambda: kms.create_key(Description='d' * 8192)),
  'aliasLong': call(lambda: kms.create_alias(AliasName='alias/' + 'a' * 251, TargetKeyId=key)),
  'aliasPattern': call(lambda: kms.create_alias(AliasName='alias/bad name', TargetKeyId=key)),
  'ssmType': call(lambda: ssm.put_parameter(Name='p', Value='v', Type='Text')),
  'ssmTier': call(lambda: ssm.put_parameter(Name='p', Value='v', Type='String', Tier='Premium')),
  'ssmName': call(lambda: ssm.put_parameter(Name='/' + 'n' * 2048, Value='v', Type='String')),
  'ssmDescription': call(lambda: ssm.put_parameter(Name='p', Value='v', Type='String', Description='d' * 1025)),
  'ssmValue': call(lambda: ssm.put_parameter(Name='p', Value='v' * 4097, Type='String')),
  'ssmAdvanced': call(lambda: ssm.put_parameter(Name='big', Value='v' * 4097, Type='String', Tier='Advanced')).get('Tier'),
  'ssmIntelligent': call(lambda: ssm.put_parameter(Name='auto', Value='v' * 5000, Type='String', Tier='Intelligent-Tiering')).get('Tier'),
  'ssmAdvancedMax': call(lambda: ssm.put_parameter(Name='huge', Value='v' * 8193, Type='String', Tier='Advanced')),
  'groupLong': call(lambda: logs.create_log_group(logGroupName='g' * 513)),
  'groupPattern': call(lambda: logs.create_log_group(logGroupName='bad:name')),
  'streamPattern': call(lambda: logs.create_log_stream(logGroupName='ok', logStreamName='a:b')),
  'streamLong': call(lambda: logs.create_log_stream(logGroupName='ok', logStreamName='s' * 513)),
  'retention': call(lambda: logs.put_retention_policy(logGroupName='ok', retentionInDays=2)),
  'retentionOk': call(lambda: logs.put_retention_policy(logGroupName='ok', retentionInDays=400)),
}))
`,
    )) as Record<string, Failure & Record<string, unknown>>;
    const refused = (name: string, code: string, message: RegExp) => {
      const f = out[name] as Failure;
      assert.equal(f.error?.Code, code, `${name}: ${JSON.stringify(f)}`);
      assert.equal(f.status, 400, name);
      assert.match(f.error!.Message, message, name);
    };
    refused(
      'keySpec',
      'ValidationException',
      /Value 'AES_999' at 'keySpec' .*enum value set: \[.*SYMMETRIC_DEFAULT/,
    );
    refused('keyUsage', 'ValidationException', /at 'keyUsage' .*enum value set/);
    refused('origin', 'ValidationException', /at 'origin' .*enum value set/);
    refused('kmsDescription', 'ValidationException', /'description' .*less than or equal to 8192/);
    assert.equal(out['kmsDescriptionMax'], true);
    refused('aliasLong', 'ValidationException', /'aliasName' .*less than or equal to 256/);
    refused('aliasPattern', 'ValidationException', /'aliasName' .*regular expression pattern/);
    refused('ssmType', 'ValidationException', /at 'type' .*enum value set/);
    refused('ssmTier', 'ValidationException', /Value 'Premium' at 'tier' .*enum value set/);
    refused('ssmName', 'ValidationException', /'name' .*less than or equal to 2048/);
    refused('ssmDescription', 'ValidationException', /'description' .*less than or equal to 1024/);
    refused('ssmValue', 'ValidationException', /less than or equal to 4096/);
    assert.equal(out['ssmAdvanced'], 'Advanced');
    assert.equal(out['ssmIntelligent'], 'Advanced');
    refused('ssmAdvancedMax', 'ValidationException', /less than or equal to 8192/);
    refused('groupLong', 'InvalidParameterException', /'logGroupName'/);
    refused(
      'groupPattern',
      'InvalidParameterException',
      /'logGroupName' .*regular expression pattern/,
    );
    refused(
      'streamPattern',
      'InvalidParameterException',
      /'logStreamName' .*regular expression pattern/,
    );
    refused('streamLong', 'InvalidParameterException', /'logStreamName'/);
    refused(
      'retention',
      'InvalidParameterException',
      /Value '2' at 'retentionInDays' .*enum value set/,
    );
    assert.equal(out['retentionOk']?.error, undefined);
  });
});
