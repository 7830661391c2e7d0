import { AwsError } from '../errors/aws-error.js';
import type { ProtocolName } from '../protocols/model-types.js';
import type { DenialDetails } from '../services/service-types.js';

/**
 * AWS's AccessDenied for a protocol family, e.g. (query, IAM):
 * `User: arn:aws:sts::000000000000:assumed-role/R/S is not authorized to perform:
 * iam:ListRoles on resource: arn:aws:iam::000000000000:role/ because no identity-based policy
 * allows the iam:ListRoles action`. Services whose phrasing differs (S3 quotes the resource, SNS
 * says AuthorizationError) override this through ServiceDefinition.accessDenied.
 */
export function defaultAccessDenied(protocol: ProtocolName, details: DenialDetails): AwsError {
  const message = denialMessage(details, false);
  switch (protocol) {
    case 'json':
      return new AwsError('AccessDeniedException', message, 400);
    case 'rest-json':
      return new AwsError('AccessDeniedException', message, 403);
    default:
      return new AwsError('AccessDenied', message, 403);
  }
}

export function denialMessage(details: DenialDetails, quoteResource: boolean): string {
  const resource = quoteResource ? `"${details.resource}"` : details.resource;
  const base = `User: ${details.principalArn} is not authorized to perform: ${details.action} on resource: ${resource}`;
  return details.reason === '' ? base : `${base} ${details.reason}`;
}
