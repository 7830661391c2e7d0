import { AwsError } from '../../errors/aws-error.js';

/** KMS's error table: every KMS error is HTTP 400 with the exception name as `__type`. */
export const kmsErrors = {
  keyNotFound: (arn: string) => new AwsError('NotFoundException', `Key '${arn}' does not exist`),
  aliasNotFound: (aliasArn: string) =>
    new AwsError('NotFoundException', `Alias ${aliasArn} is not found.`),
  invalidKeyId: (keyId: string) => new AwsError('NotFoundException', `Invalid keyId ${keyId}`),
  disabled: (arn: string) => new AwsError('DisabledException', `${arn} is disabled.`),
  pendingDeletion: (arn: string) =>
    new AwsError('KMSInvalidStateException', `${arn} is pending deletion.`),
  notPendingDeletion: (arn: string) =>
    new AwsError('KMSInvalidStateException', `${arn} is not pending deletion.`),
  // AWS answers a ciphertext it cannot use (tampered, wrong context, foreign) with no detail.
  invalidCiphertext: () => new AwsError('InvalidCiphertextException', ''),
  incorrectKey: () =>
    new AwsError(
      'IncorrectKeyException',
      'The key ID in the request does not identify a CMK that can perform this operation.',
    ),
  aliasExists: (aliasArn: string) =>
    new AwsError('AlreadyExistsException', `An alias with the name ${aliasArn} already exists`),
  reservedAlias: () => new AwsError('NotAuthorizedException', ''),
  invalidAliasName: (name: string) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${name}' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$`,
    ),
  malformedPolicy: (detail: string) => new AwsError('MalformedPolicyDocumentException', detail),
  validation: (message: string) => new AwsError('ValidationException', message),
  notInEnum: (value: string, member: string, allowed: readonly string[]) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    ),
  tooLong: (member: string, max: number) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    ),
  dryRun: () =>
    new AwsError(
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    ),
  invalidKeyUsage: (message: string) => new AwsError('InvalidKeyUsageException', message),
  invalidSignature: () => new AwsError('KMSInvalidSignatureException', ''),
  invalidMac: () => new AwsError('KMSInvalidMacException', ''),
  unsupportedOperation: (message: string) => new AwsError('UnsupportedOperationException', message),
};
