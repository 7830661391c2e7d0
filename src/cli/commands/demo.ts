import { ExitCode } from '../../common/errors.js';
import type { CliIo } from '../io.js';

/**
 * The demo proves the six-statement policy of the LocalEmu tutorial on the embedded emulator.
 * Until the emulator, Lambda runtime and mutation engine land it only describes the run, so
 * that nothing it prints can be mistaken for a verdict.
 */
export const demoPlan = `iam-mutate demo — the least-privilege example (examples/least-privilege/)

What the demo does:
  1. start the embedded AWS emulator in-process (no docker), IAM enforcement strict
  2. create an S3 bucket, a DynamoDB table, a KMS key, an SSM parameter,
     a Secrets Manager secret and an SNS topic
  3. create the role iam-mvp-lambda-role and a Python Lambda that calls all six services
  4. attach the six-statement policy (one Sid per action), invoke once: the baseline must pass
  5. for each Sid, remove it, invoke again, and check the Lambda is denied exactly that action
  6. print one verdict per Sid and the mutation score

Status: the emulator, the Lambda runtime and the mutation engine are not built yet, so this
version prints the plan only and verifies nothing.
`;

export async function demoCommand(io: CliIo): Promise<ExitCode> {
  io.stderr(demoPlan);
  return ExitCode.ok;
}
