import model from '../../models/kms.generated.json' with { type: 'json' };
import type { ServiceModel } from '../../protocols/model-types.js';
import type { ServiceDefinition } from '../service-types.js';
import { KmsStore } from './kms-store.js';
import { cancelKeyDeletion } from './operations/cancel-key-deletion.js';
import { createAlias } from './operations/create-alias.js';
import { createKey } from './operations/create-key.js';
import { decrypt } from './operations/decrypt.js';
import { deleteAlias } from './operations/delete-alias.js';
import { describeKey } from './operations/describe-key.js';
import { disableKeyRotation } from './operations/disable-key-rotation.js';
import { disableKey } from './operations/disable-key.js';
import { enableKeyRotation } from './operations/enable-key-rotation.js';
import { enableKey } from './operations/enable-key.js';
import { encrypt } from './operations/encrypt.js';
import { generateDataKeyWithoutPlaintext } from './operations/generate-data-key-without-plaintext.js';
import { generateDataKey } from './operations/generate-data-key.js';
import { generateMac } from './operations/generate-mac.js';
import { generateRandom } from './operations/generate-random.js';
import { getKeyPolicy } from './operations/get-key-policy.js';
import { getPublicKey } from './operations/get-public-key.js';
import { getKeyRotationStatus } from './operations/get-key-rotation-status.js';
import { listAliases } from './operations/list-aliases.js';
import { listKeyPolicies } from './operations/list-key-policies.js';
import { listKeys } from './operations/list-keys.js';
import { listResourceTags } from './operations/list-resource-tags.js';
import { putKeyPolicy } from './operations/put-key-policy.js';
import { reEncrypt } from './operations/re-encrypt.js';
import { scheduleKeyDeletion } from './operations/schedule-key-deletion.js';
import { signOperation } from './operations/sign.js';
import { tagResource } from './operations/tag-resource.js';
import { untagResource } from './operations/untag-resource.js';
import { updateAlias } from './operations/update-alias.js';
import { updateKeyDescription } from './operations/update-key-description.js';
import { verifyMac } from './operations/verify-mac.js';
import { verifyOperation } from './operations/verify.js';

/**
 * AWS KMS (awsJson 1.1, target prefix TrentService): symmetric keys with real AES-256-GCM,
 * aliases, key policies. Key policies are resource-based policies: the authorizer evaluates
 * them with the caller's identity policies, so the default policy's "Enable IAM User
 * Permissions" statement is what lets an IAM policy grant kms:Decrypt at all.
 */
export const kmsService: ServiceDefinition<KmsStore> = {
  name: 'kms',
  model: model as unknown as ServiceModel,
  createStore: (core) => new KmsStore(core),
  operations: [
    cancelKeyDeletion,
    createAlias,
    createKey,
    decrypt,
    deleteAlias,
    describeKey,
    disableKey,
    disableKeyRotation,
    enableKey,
    enableKeyRotation,
    encrypt,
    generateDataKey,
    generateDataKeyWithoutPlaintext,
    generateMac,
    generateRandom,
    getKeyPolicy,
    getPublicKey,
    getKeyRotationStatus,
    listAliases,
    listKeyPolicies,
    listKeys,
    listResourceTags,
    putKeyPolicy,
    reEncrypt,
    scheduleKeyDeletion,
    signOperation,
    tagResource,
    untagResource,
    updateAlias,
    updateKeyDescription,
    verifyMac,
    verifyOperation,
  ],
  resourcePolicies: (resourceArn, store) => store.keyPolicies(resourceArn),
};
