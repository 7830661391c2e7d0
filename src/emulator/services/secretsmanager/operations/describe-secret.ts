import { defineOperation } from '../../service-types.js';
import { secretMetadata } from '../describe-shape.js';
import { getSecret } from '../live-secret.js';
import { secretCheck } from '../secret-check.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  SecretId: string;
}

/** secretsmanager:DescribeSecret; works on secrets scheduled for deletion (shows DeletedDate). */
export const describeSecret = defineOperation<SecretsStore, Input, object>({
  name: 'DescribeSecret',
  authorize: (input, ctx) => [secretCheck('secretsmanager:DescribeSecret', input.SecretId, ctx)],
  handle(input, ctx) {
    return secretMetadata(getSecret(ctx, input.SecretId, true), 'VersionIdsToStages');
  },
});
