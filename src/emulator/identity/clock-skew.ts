import { AwsError } from '../errors/aws-error.js';
import type { ProtocolName } from '../protocols/model-types.js';

/**
 * AWS refuses a signed request whose date is more than 15 minutes away from its own clock
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/signature-v4-troubleshooting.html,
 * "Signature expired"); S3 names the error RequestTimeTooSkewed
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
 */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

function basic(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Throws the protocol's clock-skew error when `signedAt` is more than 15 minutes from `now`. */
export function checkClockSkew(
  signedAt: Date | undefined,
  now: Date,
  protocol: ProtocolName,
): void {
  if (signedAt !== undefined && Math.abs(signedAt.getTime() - now.getTime()) <= MAX_CLOCK_SKEW_MS)
    return;
  if (protocol === 'rest-xml') {
    throw new AwsError(
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
      403,
      {
        fields: {
          RequestTime: signedAt !== undefined ? signedAt.toUTCString() : 'invalid',
          ServerTime: now.toISOString(),
          MaxAllowedSkewMilliseconds: String(MAX_CLOCK_SKEW_MS),
        },
      },
    );
  }
  const json = protocol === 'json' || protocol === 'rest-json';
  const shown = signedAt !== undefined ? basic(signedAt) : 'invalid';
  const message =
    signedAt !== undefined && signedAt.getTime() > now.getTime()
      ? `Signature not yet current: ${shown} is still later than ${basic(new Date(now.getTime() + MAX_CLOCK_SKEW_MS))} (${basic(now)} + 15 min.)`
      : `Signature expired: ${shown} is now earlier than ${basic(new Date(now.getTime() - MAX_CLOCK_SKEW_MS))} (${basic(now)} - 15 min.)`;
  throw new AwsError(
    json ? 'InvalidSignatureException' : 'SignatureDoesNotMatch',
    message,
    protocol === 'json' ? 400 : 403,
  );
}

/** A presigned URL dated after now (beyond the skew) is not valid yet. */
export function presignedNotYetValid(): AwsError {
  return new AwsError('AccessDenied', 'Request is not valid yet', 403);
}
