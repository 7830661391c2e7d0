import { kmsErrors } from './kms-errors.js';

/** Customers may create `alias/NAME` with NAME in [a-zA-Z0-9/_-], but never under `alias/aws/`. */
export function validateAliasName(aliasName: string): void {
  if (!aliasName.startsWith('alias/')) {
    throw kmsErrors.validation(
      'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    );
  }
  // API_CreateAlias: AliasName is 1 to 256 characters.
  if (aliasName.length > 256) throw kmsErrors.tooLong('aliasName', 256);
  if (!/^[a-zA-Z0-9:/_-]+$/.test(aliasName)) throw kmsErrors.invalidAliasName(aliasName);
  if (aliasName.startsWith('alias/aws/')) throw kmsErrors.reservedAlias();
}
