import type { Tag } from '../../../identity/identity-store.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { kmsErrors } from '../kms-errors.js';
import { keyMetadata, type KmsStore } from '../kms-store.js';

interface Input {
  Policy?: string;
  Description?: string;
  KeyUsage?: string;
  KeySpec?: string;
  CustomerMasterKeySpec?: string;
  Origin?: string;
  Tags?: { TagKey: string; TagValue: string }[];
}

// Only symmetric AWS_KMS keys are emulated: they are what Encrypt/Decrypt workloads use.
export const createKey = defineOperation<KmsStore, Input, object>({
  name: 'CreateKey',
  authorize: (input, ctx) => [
    {
      action: 'kms:CreateKey',
      resource: '*',
      context: {
        'kms:CallerAccount': ctx.principal.accountId,
        'kms:KeySpec': input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT',
        'kms:KeyUsage': input.KeyUsage ?? 'ENCRYPT_DECRYPT',
        'kms:KeyOrigin': input.Origin ?? 'AWS_KMS',
        ...requestTagContext(input.Tags?.map((t) => ({ Key: t.TagKey, Value: t.TagValue }))),
      },
    },
  ],
  handle: (input, ctx) => {
    const spec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
    if (
      spec !== 'SYMMETRIC_DEFAULT' ||
      (input.KeyUsage ?? 'ENCRYPT_DECRYPT') !== 'ENCRYPT_DECRYPT'
    ) {
      throw kmsErrors.unsupportedOperation(
        `The iam-mutate emulator only creates SYMMETRIC_DEFAULT ENCRYPT_DECRYPT keys, not ${spec}`,
      );
    }
    if ((input.Origin ?? 'AWS_KMS') !== 'AWS_KMS') {
      throw kmsErrors.unsupportedOperation(
        `The iam-mutate emulator only creates keys with Origin AWS_KMS`,
      );
    }
    const tags: Tag[] = (input.Tags ?? []).map((t) => ({ Key: t.TagKey, Value: t.TagValue }));
    const key = ctx.store.createKey({
      region: ctx.region,
      ...(input.Description !== undefined && { description: input.Description }),
      ...(input.Policy !== undefined && { policy: input.Policy }),
      tags,
      now: ctx.now,
    });
    return { KeyMetadata: keyMetadata(key) };
  },
});
