import { kmsErrors } from './kms-errors.js';

/**
 * DryRun: the call was authorized (the framework does that first) and its inputs are valid;
 * answer as AWS does instead of doing the work.
 */
export function answerDryRun(input: { DryRun?: boolean }): void {
  if (input.DryRun === true) throw kmsErrors.dryRun();
}
