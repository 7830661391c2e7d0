/**
 * Key policies AWS gives keys that are created without one. The default customer key policy
 * delegates to the account ("Enable IAM User Permissions"), which is what lets IAM policies
 * grant use of the key at all; AWS-managed keys (alias/aws/ssm, ...) instead allow every
 * principal of the account, but only through the owning service (kms:ViaService).
 */
export function defaultKeyPolicy(accountId: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${accountId}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );
}

/** What AWS writes for e.g. `aws/ssm`; `service` is the endpoint prefix (ssm, secretsmanager, s3). */
export function awsManagedKeyPolicy(
  accountId: string,
  region: string,
  service: string,
  serviceTitle: string,
): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: `auto-${service}-1`,
      Statement: [
        {
          Sid: `Allow access through ${serviceTitle} for all principals in the account that are authorized to use ${serviceTitle}`,
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: [
            'kms:Encrypt',
            'kms:Decrypt',
            'kms:ReEncrypt*',
            'kms:GenerateDataKey*',
            'kms:CreateGrant',
            'kms:DescribeKey',
          ],
          Resource: '*',
          Condition: {
            StringEquals: {
              'kms:CallerAccount': accountId,
              'kms:ViaService': `${service}.${region}.amazonaws.com`,
            },
          },
        },
        {
          Sid: 'Allow direct access to key metadata to the account',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${accountId}:root` },
          Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );
}

/** AWS-managed keys the emulator creates on first use, by alias suffix. */
export const AWS_MANAGED_KEYS: Readonly<Record<string, { title: string; description: string }>> = {
  ssm: {
    title: 'Systems Manager',
    description: 'Default master key that protects my SSM parameters when no other key is defined',
  },
  secretsmanager: {
    title: 'Secrets Manager',
    description:
      'Default master key that protects my Secrets Manager secrets when no other key is defined',
  },
  s3: {
    title: 'S3',
    description: 'Default master key that protects my S3 objects when no other key is defined',
  },
  sns: {
    title: 'SNS',
    description: 'Default master key that protects my SNS data when no other key is defined',
  },
  sqs: {
    title: 'SQS',
    description: 'Default master key that protects my SQS messages when no other key is defined',
  },
  lambda: {
    title: 'Lambda',
    description:
      'Default master key that protects my Lambda functions when no other key is defined',
  },
  logs: {
    title: 'CloudWatch Logs',
    description: 'Default master key that protects my CloudWatch Logs when no other key is defined',
  },
  dynamodb: {
    title: 'DynamoDB',
    description: 'Default master key that protects my DynamoDB table when no other key is defined',
  },
};
