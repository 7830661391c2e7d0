import { defineOperation } from '../../service-types.js';
import { OWNER } from '../s3-shapes.js';
import { objectArn, type S3Store } from '../s3-store.js';
import { findObject } from '../s3-versions.js';

/** Objects are owned by the account with full control (the bucket-owner-enforced default). */
export const getObjectAcl = defineOperation<
  S3Store,
  { Bucket: string; Key: string; VersionId?: string },
  object
>({
  name: 'GetObjectAcl',
  authorize: ({ Bucket, Key, VersionId }) => [
    {
      // A versionId names one version: S3 authorizes s3:GetObjectVersionAcl then.
      action: VersionId === undefined ? 's3:GetObjectAcl' : 's3:GetObjectVersionAcl',
      resource: objectArn(Bucket, Key),
    },
  ],
  xmlRoot: 'AccessControlPolicy',
  handle({ Bucket, Key, VersionId }, { store }) {
    findObject(store.bucket(Bucket), Key, VersionId);
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
