import { AwsError } from '../../../errors/aws-error.js';
import { defineOperation } from '../../service-types.js';
import { secretMetadata } from '../describe-shape.js';
import { secretsErrors } from '../secrets-errors.js';
import { matchesFilter } from '../secret-filters.js';
import type { SecretsStore } from '../secrets-store.js';

interface Input {
  IncludePlannedDeletion?: boolean;
  MaxResults?: number;
  NextToken?: string;
  Filters?: Array<{ Key: string; Values: string[] }>;
  SortOrder?: string;
}

/**
 * secretsmanager:ListSecrets on `*` (the action has no resource type). Filters match by prefix
 * (a value starting with `!` negates), as the console and CLI use them.
 */
export const listSecrets = defineOperation<SecretsStore, Input, object>({
  name: 'ListSecrets',
  authorize: () => [{ action: 'secretsmanager:ListSecrets', resource: '*' }],
  handle(input, { store, region, now }) {
    store.find(region, '', now);
    let secrets = [...store.secrets.values()].filter((s) => s.region === region);
    if (input.IncludePlannedDeletion !== true)
      secrets = secrets.filter((s) => s.deletionDate === undefined);
    for (const filter of input.Filters ?? [])
      secrets = secrets.filter((s) => matchesFilter(s, filter));
    secrets.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    if (input.SortOrder === 'desc') secrets.reverse();
    const size = input.MaxResults ?? 100;
    if (size < 1 || size > 100)
      throw secretsErrors.invalidParameter('MaxResults must be between 1 and 100.');
    const start =
      input.NextToken === undefined
        ? 0
        : Number(Buffer.from(input.NextToken, 'base64').toString('utf8'));
    if (!Number.isInteger(start) || start < 0) {
      throw new AwsError('InvalidNextTokenException', 'The NextToken value is invalid.', 400);
    }
    const page = secrets.slice(start, start + size);
    return {
      SecretList: page.map((s) => secretMetadata(s, 'SecretVersionsToStages')),
      ...(start + size < secrets.length && {
        NextToken: Buffer.from(String(start + size)).toString('base64'),
      }),
    };
  },
});
