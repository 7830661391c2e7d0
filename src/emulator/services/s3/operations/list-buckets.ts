import { defineOperation } from '../../service-types.js';
import { OWNER } from '../s3-shapes.js';
import type { S3Store } from '../s3-store.js';

export const listBuckets = defineOperation<S3Store, { Prefix?: string }, object>({
  name: 'ListBuckets',
  authorize: () => [{ action: 's3:ListAllMyBuckets', resource: '*' }],
  xmlRoot: 'ListAllMyBucketsResult',
  handle: (input, { store }) => ({
    Buckets: [...store.buckets.values()]
      .filter((b) => b.name.startsWith(input.Prefix ?? ''))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((b) => ({ Name: b.name, CreationDate: b.createDate, BucketRegion: b.region })),
    Owner: OWNER,
  }),
});
