import { AwsError } from '../../errors/aws-error.js';

/** SSM's error table (awsJson 1.1, all HTTP 400). AWS sends ParameterNotFound with an empty message. */
export const ssmErrors = {
  parameterNotFound: () => new AwsError('ParameterNotFound', ''),
  alreadyExists: () =>
    new AwsError(
      'ParameterAlreadyExists',
      'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
    ),
  versionNotFound: (name: string, selector: string) =>
    new AwsError(
      'ParameterVersionNotFound',
      `Systems Manager could not find version ${selector} of ${name}. Verify the version and try again.`,
    ),
  typeRequired: () =>
    new AwsError(
      'ValidationException',
      'A parameter type is required when you create a parameter.',
    ),
  invalidType: (type: string) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${type}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [SecureString, StringList, String]`,
    ),
  tooLong: (member: string, max: number) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    ),
  invalidTier: (tier: string) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${tier}' at 'tier' failed to satisfy constraint: Member must satisfy enum value set: [Standard, Advanced, Intelligent-Tiering]`,
    ),
  invalidName: () =>
    new AwsError(
      'ValidationException',
      'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_',
    ),
  invalidPath: (path: string) =>
    new AwsError(
      'ValidationException',
      `The parameter doesn't meet the parameter name requirements. The parameter name must begin with a forward slash "/". It can't be prefixed with "aws" or "ssm" (case-insensitive). It must use only letters, numbers, or the following symbols: . (period), - (hyphen), _ (underscore). Special characters are not allowed. All sub-paths, if specified, must use the forward slash symbol "/". Valid example: /get/parameters2-/by1./path0_. Invalid path: ${path}`,
    ),
  valueTooLong: (length: number, limit: number) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value at 'value' failed to satisfy constraint: Member must have length less than or equal to ${limit}. (actual: ${length})`,
    ),
  tagsWithOverwrite: () =>
    new AwsError(
      'ValidationException',
      "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.",
    ),
  patternMismatch: (pattern: string) =>
    new AwsError(
      'ParameterPatternMismatchException',
      `Parameter value, cannot be validated against allowedPattern: ${pattern}`,
    ),
  // Text from the ParameterMaxVersionLimitExceeded page of the SSM API reference.
  versionLimit: (name: string, oldest: number) =>
    new AwsError(
      'ParameterMaxVersionLimitExceeded',
      `You attempted to create a new version of ${name} by calling the PutParameter API with the overwrite flag. Version ${oldest}, the oldest version, can't be deleted because it has a label associated with it. Move the label to another version of the parameter, and try again.`,
    ),
  invalidKeyId: (message: string) => new AwsError('InvalidKeyId', message),
  maxResults: (value: number, max: number) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${value}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${max}`,
    ),
  tooManyNames: (names: string[]) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value '[${names.join(', ')}]' at 'names' failed to satisfy constraint: Member must have length less than or equal to 10.`,
    ),
  invalidNextToken: () => new AwsError('InvalidNextToken', 'The specified token is not valid.'),
  invalidResourceType: (type: string) =>
    new AwsError('InvalidResourceType', `${type} is not a supported resource type.`),
  invalidResourceId: () => new AwsError('InvalidResourceId', ''),
};
