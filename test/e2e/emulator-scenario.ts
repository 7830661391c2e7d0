import assert from 'node:assert/strict';
import { authzRecordsOf } from '../helpers/authz-log.js';

/**
 * The one end-to-end scenario every real client runs against the embedded emulator: the admin
 * creates a role trusting user alice, alice assumes it, the role may read only `allowed/*`.
 * Each client uses its own names so the tests can share nothing but this description.
 */
export function scenarioNames(client: string) {
  const role = `${client}-role`;
  const session = `${client}-session`;
  const bucket = `${client}-bucket`;
  const user = `${client}-alice`;
  const account = '000000000000';
  return {
    role,
    session,
    bucket,
    user,
    userArn: `arn:aws:iam::${account}:user/${user}`,
    roleArn: `arn:aws:iam::${account}:role/${role}`,
    sessionArn: `arn:aws:sts::${account}:assumed-role/${role}/${session}`,
    policyName: 'mutation-test-policy',
    trustPolicy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account}:user/${user}` },
          Action: 'sts:AssumeRole',
        },
      ],
    }),
    rolePolicy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadConfig',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: `arn:aws:s3:::${bucket}/allowed/*`,
        },
      ],
    }),
    /** AWS's exact S3 denial for the session's PutObject. */
    putDeniedMessage: (key: string) =>
      `User: arn:aws:sts::${account}:assumed-role/${role}/${session} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::${bucket}/${key}" because no identity-based policy allows the s3:PutObject action`,
    /** AWS's exact IAM (query protocol) denial for the session's ListRoles. */
    listRolesDeniedMessage: `User: arn:aws:sts::${account}:assumed-role/${role}/${session} is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::${account}:role/ because no identity-based policy allows the iam:ListRoles action`,
  };
}

/** The log names the statement that allowed the read and records the enforced denial. */
export async function assertScenarioLog(
  url: string,
  names: ReturnType<typeof scenarioNames>,
  deniedKey: string,
): Promise<void> {
  const records = await authzRecordsOf(url, names.sessionArn);
  const allowed = records.find((r) => r.action === 's3:GetObject' && r.decision === 'allow');
  assert.ok(allowed, 'the allowed GetObject is logged');
  assert.equal(allowed.resource, `arn:aws:s3:::${names.bucket}/allowed/config.json`);
  assert.deepEqual(
    allowed.matched.map((m) => [m.policyId, m.policyName, m.sid]),
    [[`role/${names.role}/inline/${names.policyName}`, names.policyName, 'ReadConfig']],
  );
  assert.equal(allowed.context['aws:PrincipalArn'], names.roleArn);
  const denied = records.find((r) => r.action === 's3:PutObject');
  assert.ok(denied, 'the denied PutObject is logged');
  assert.equal(denied.decision, 'implicit-deny');
  assert.equal(denied.enforced, true);
  assert.equal(denied.resource, `arn:aws:s3:::${names.bucket}/${deniedKey}`);
  assert.deepEqual(denied.matched, []);
}
