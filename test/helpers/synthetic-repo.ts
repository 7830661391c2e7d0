import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A generated repository of `count` targets (issue 17): one policy and one tiny command
 * workload each (two statements: a policy must keep one when a mutant removes the other),
 * against one bucket and `count` roles a setup script creates. Workloads and
 * setup are shell scripts signing with curl's --aws-sigv4 (no SDK start-up per run), so a
 * target takes tens of milliseconds. Some fail on purpose:
 * - every third target also grants s3:PutObject its workload never uses (unjustified);
 * - every tenth, from the eighth on, grants the wrong object (its baseline is denied).
 * Committed as a git repository, so the incremental cache works as in a real checkout.
 */
export interface SyntheticRepo {
  dir: string;
  config: string;
  policies: string[];
}

export const SYNTHETIC_BUCKET = 'shard-bench';

export function syntheticRepo(count: number, prefix = 'iam-mutate-synthetic-'): SyntheticRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  mkdirSync(path.join(dir, 'policies'));
  mkdirSync(path.join(dir, 'workloads'));
  const policies: string[] = [];
  const targets: string[] = [];
  for (let i = 1; i <= count; i++) {
    const policy = `policies/service-${String(i).padStart(3, '0')}.json`;
    policies.push(policy);
    const object = i % 10 === 8 ? `other-${i}` : `obj-${i}`;
    const statements: object[] = [
      {
        Sid: 'ReadCommon',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${SYNTHETIC_BUCKET}/common`,
      },
      {
        Sid: 'ReadOwnObject',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${SYNTHETIC_BUCKET}/${object}`,
      },
    ];
    if (i % 3 === 0) {
      statements.push({
        Sid: 'NeverUsed',
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${SYNTHETIC_BUCKET}/obj-${i}`,
      });
    }
    writeFileSync(
      path.join(dir, policy),
      `${JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)}\n`,
    );
    targets.push(
      [
        `  - policy: ${policy}`,
        `    role: role-${i}`,
        `    workload:`,
        `      command: sh workloads/read-object.sh obj-${i}`,
        `    timeout: 20s`,
      ].join('\n'),
    );
  }
  writeFileSync(
    path.join(dir, 'workloads', 'read-object.sh'),
    [
      '# Reads the shared object and its own as the role (curl signs with the session credentials).',
      'set -eu',
      'get() {',
      `  curl -sSf -o /dev/null --aws-sigv4 "aws:amz:$AWS_REGION:s3" \\`,
      '    --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\',
      '    -H "x-amz-security-token: $AWS_SESSION_TOKEN" \\',
      `    "$AWS_ENDPOINT_URL/${SYNTHETIC_BUCKET}/$1"`,
      '}',
      'get common',
      'get "$1"',
      '',
    ].join('\n'),
  );
  const setup = path.join(dir, 'setup.sh');
  writeFileSync(
    setup,
    [
      '#!/usr/bin/env bash',
      `# The bucket, one object and one role per target, as admin.`,
      'set -euo pipefail',
      'admin=(-sSf -o /dev/null --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY")',
      `curl "\${admin[@]}" --aws-sigv4 "aws:amz:$AWS_REGION:s3" -X PUT "$AWS_ENDPOINT_URL/${SYNTHETIC_BUCKET}"`,
      `trust='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"sts:AssumeRole"}]}'`,
      `printf common | curl "\${admin[@]}" --aws-sigv4 "aws:amz:$AWS_REGION:s3" -X PUT --data-binary @- "$AWS_ENDPOINT_URL/${SYNTHETIC_BUCKET}/common"`,
      `for i in $(seq 1 ${count}); do`,
      `  printf 'object %s' "$i" | curl "\${admin[@]}" --aws-sigv4 "aws:amz:$AWS_REGION:s3" -X PUT --data-binary @- "$AWS_ENDPOINT_URL/${SYNTHETIC_BUCKET}/obj-$i"`,
      '  curl "${admin[@]}" --aws-sigv4 "aws:amz:us-east-1:iam" "$AWS_ENDPOINT_URL/" \\',
      '    --data-urlencode Action=CreateRole --data-urlencode Version=2010-05-08 \\',
      '    --data-urlencode "RoleName=role-$i" --data-urlencode "AssumeRolePolicyDocument=$trust"',
      'done',
      '',
    ].join('\n'),
  );
  chmodSync(setup, 0o755);
  writeFileSync(
    path.join(dir, 'iam-mutate.yml'),
    ['version: 1', 'setup: setup.sh', 'targets:', ...targets, ''].join('\n'),
  );
  writeFileSync(path.join(dir, '.gitignore'), 'iam-mutate-report*/\n.iam-mutate-cache/\n');
  const git = (...args: string[]) =>
    spawnSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'synthetic repository');
  return { dir, config: 'iam-mutate.yml', policies };
}
