import { AwsError } from '../../errors/aws-error.js';

/** AWS answers an AssumeRole of a role that does not exist exactly like a denied one. */
export function roleNotAssumable(principalArn: string, roleArn: string): AwsError {
  return new AwsError(
    'AccessDenied',
    `User: ${principalArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
    403,
  );
}
