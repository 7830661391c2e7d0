import type { OperationContext } from '../service-types.js';
import { parameterValue } from './ssm-secure-string.js';
import type { Parameter, ParameterVersion, SsmStore } from './ssm-store.js';

/** The Parameter structure of GetParameter(s)/GetParametersByPath. */
export function parameterShape(
  parameter: Parameter,
  version: ParameterVersion,
  withDecryption: boolean | undefined,
  ctx: OperationContext<SsmStore>,
  selector?: string,
): Record<string, unknown> {
  const arn = ctx.store.arn(ctx.region, parameter.name);
  return {
    Name: parameter.name,
    Type: version.type,
    Value: parameterValue(version, arn, withDecryption, ctx),
    Version: version.version,
    ...(selector !== undefined && { Selector: selector }),
    LastModifiedDate: version.lastModifiedDate,
    ARN: arn,
    DataType: version.dataType,
  };
}

/** The ParameterMetadata structure of DescribeParameters. */
export function metadataShape(
  parameter: Parameter,
  version: ParameterVersion,
  ctx: OperationContext<SsmStore>,
): Record<string, unknown> {
  return {
    Name: parameter.name,
    ARN: ctx.store.arn(ctx.region, parameter.name),
    Type: version.type,
    ...(version.keyId !== undefined && { KeyId: version.keyId }),
    LastModifiedDate: version.lastModifiedDate,
    LastModifiedUser: version.lastModifiedUser,
    ...(version.description !== undefined && { Description: version.description }),
    ...(version.allowedPattern !== undefined && { AllowedPattern: version.allowedPattern }),
    Version: version.version,
    Tier: version.tier,
    Policies: [],
    DataType: version.dataType,
  };
}
