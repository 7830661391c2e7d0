import { defineOperation } from '../../service-types.js';
import { OWNER } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';

/** Objects are owned by the account with full control (the bucket-owner-enforced default). */
export const getObjectAcl = defineOperation<S3Store, { Bucket: string; Key: string }, object>({
  name: 'GetObjectAcl',
  authorize: ({ Bucket, Key }) => [{ action: 's3:GetObjectAcl', resource: objectArn(Bucket, Key) }],
  xmlRoot: 'AccessControlPolicy',
  handle({ Bucket, Key }, { store }) {
    store.object(Bucket, Key);
    return {
      Owner: OWNER,
      Grants: [
        {
          Grantee: { Type: 'CanonicalUser', ID: OWNER.ID, DisplayName: OWNER.DisplayName },
          Permission: 'FULL_CONTROL',
        },
      ],
    };
  },
});
