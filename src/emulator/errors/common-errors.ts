import { AwsError } from './aws-error.js';
import type { ProtocolName } from '../protocols/model-types.js';

/**
 * The errors every service answers before a handler runs (identity, routing, parsing), with the
 * exact code, HTTP status and message AWS uses for each protocol family. S3 (rest-xml) names
 * several of them differently from the other services, which is why each takes the protocol.
 * awsJson services (DynamoDB, KMS, ...) answer authentication failures with HTTP 400, the
 * query and rest protocols with 403.
 */
function authStatus(protocol: ProtocolName): number {
  return protocol === 'json' ? 400 : 403;
}

export const commonErrors = {
  missingAuthentication(protocol: ProtocolName): AwsError {
    if (protocol === 'rest-xml') return new AwsError('AccessDenied', 'Access Denied', 403);
    const code =
      protocol === 'query' ? 'MissingAuthenticationToken' : 'MissingAuthenticationTokenException';
    return new AwsError(code, 'Request is missing Authentication Token', authStatus(protocol));
  },
  unknownAccessKey(protocol: ProtocolName): AwsError {
    if (protocol === 'rest-xml') {
      return new AwsError(
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
        403,
      );
    }
    const code = protocol === 'query' ? 'InvalidClientTokenId' : 'UnrecognizedClientException';
    return new AwsError(
      code,
      'The security token included in the request is invalid.',
      authStatus(protocol),
    );
  },
  invalidSessionToken(protocol: ProtocolName): AwsError {
    if (protocol === 'rest-xml') {
      return new AwsError(
        'InvalidToken',
        'The provided token is malformed or otherwise invalid.',
        400,
      );
    }
    const code = protocol === 'query' ? 'InvalidClientTokenId' : 'UnrecognizedClientException';
    return new AwsError(
      code,
      'The security token included in the request is invalid.',
      authStatus(protocol),
    );
  },
  expiredToken(protocol: ProtocolName): AwsError {
    if (protocol === 'rest-xml') {
      return new AwsError('ExpiredToken', 'The provided token has expired.', 400);
    }
    const code = protocol === 'query' ? 'ExpiredToken' : 'ExpiredTokenException';
    return new AwsError(
      code,
      'The security token included in the request is expired',
      authStatus(protocol),
    );
  },
  signatureMismatch(protocol: ProtocolName): AwsError {
    const message =
      protocol === 'rest-xml'
        ? 'The request signature we calculated does not match the signature you provided. Check your key and signing method.'
        : 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
    const code =
      protocol === 'json' || protocol === 'rest-json'
        ? 'InvalidSignatureException'
        : 'SignatureDoesNotMatch';
    return new AwsError(code, message, authStatus(protocol));
  },
  presignedExpired(): AwsError {
    return new AwsError('AccessDenied', 'Request has expired', 403);
  },
  incompleteSignature(protocol: ProtocolName, detail: string): AwsError {
    if (protocol === 'rest-xml') return new AwsError('AuthorizationHeaderMalformed', detail, 400);
    const code = protocol === 'query' ? 'IncompleteSignature' : 'IncompleteSignatureException';
    return new AwsError(code, detail, 400);
  },
  requestTooLarge(protocol: ProtocolName, limit: number): AwsError {
    if (protocol === 'rest-xml') {
      return new AwsError(
        'EntityTooLarge',
        'Your proposed upload exceeds the maximum allowed size',
        400,
        { fields: { MaxSizeAllowed: String(limit) } },
      );
    }
    return new AwsError('RequestEntityTooLarge', `Request body exceeds ${limit} bytes`, 413);
  },
  /** Too many request bodies in memory at once (the emulator's in-flight cap). */
  slowDown(protocol: ProtocolName): AwsError {
    if (protocol === 'rest-xml')
      return new AwsError('SlowDown', 'Please reduce your request rate.', 503);
    const code = protocol === 'query' ? 'Throttling' : 'ThrottlingException';
    return new AwsError(code, 'Rate exceeded', 503);
  },
  serialization(protocol: ProtocolName, detail: string): AwsError {
    if (protocol === 'rest-xml') {
      return new AwsError(
        'MalformedXML',
        'The XML you provided was not well-formed or did not validate against our published schema',
        400,
      );
    }
    if (protocol === 'query') return new AwsError('MalformedQueryString', detail, 400);
    return new AwsError('SerializationException', detail, 400);
  },
  validation(protocol: ProtocolName, message: string): AwsError {
    if (protocol === 'rest-xml') return new AwsError('InvalidArgument', message, 400);
    return new AwsError(
      protocol === 'query' ? 'ValidationError' : 'ValidationException',
      message,
      400,
    );
  },
  unknownOperation(protocol: ProtocolName, service: string, detail: string): AwsError {
    if (protocol === 'rest-xml') {
      return new AwsError(
        'MethodNotAllowed',
        'The specified method is not allowed against this resource.',
        405,
      );
    }
    if (protocol === 'query') {
      return new AwsError(
        'InvalidAction',
        `Could not find operation ${detail} for version of ${service}`,
        400,
      );
    }
    if (protocol === 'rest-json') return new AwsError('UnknownOperationException', detail, 404);
    return new AwsError('UnknownOperationException', detail, 400);
  },
  notImplemented(service: string, operation: string): AwsError {
    return new AwsError(
      'NotImplemented',
      `The ${operation} operation of ${service} is not implemented by the iam-mutate emulator`,
      501,
    );
  },
  unknownService(signingName?: string): AwsError {
    if (signingName !== undefined) {
      return new AwsError(
        'NotImplemented',
        `The ${signingName} service is not implemented by the iam-mutate emulator`,
        501,
      );
    }
    return new AwsError(
      'UnknownService',
      'The iam-mutate emulator could not tell which AWS service this request is for (no SigV4 credential scope, X-Amz-Target, or known host)',
      400,
    );
  },
  internal(message: string): AwsError {
    return new AwsError('InternalFailure', message, 500, { fault: 'Receiver' });
  },
};
