import { AwsError } from '../../errors/aws-error.js';
import { sqsErrors } from './sqs-errors.js';

/** The batch rules every *Batch call shares: 1-10 entries, distinct ids of [A-Za-z0-9_-]{1,80}. */
export function checkBatch(
  entries: ReadonlyArray<{ Id: string }>,
  entryMember: 'SendMessage' | 'DeleteMessage' | 'ChangeMessageVisibility',
): void {
  if (entries.length === 0) throw sqsErrors.emptyBatch(`${entryMember}BatchRequestEntry`);
  if (entries.length > 10) throw sqsErrors.tooManyEntries(entries.length);
  const seen = new Set<string>();
  for (const { Id } of entries) {
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(Id)) {
      throw new AwsError(
        'InvalidBatchEntryId',
        'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
        400,
        {
          queryCode: 'AWS.SimpleQueueService.InvalidBatchEntryId',
        },
      );
    }
    if (seen.has(Id)) throw sqsErrors.batchIdsNotDistinct(Id);
    seen.add(Id);
  }
}

/** A failed batch entry as SQS reports it (the call itself succeeds). */
export function failedEntry(
  id: string,
  error: unknown,
): { Id: string; SenderFault: boolean; Code: string; Message: string } {
  if (error instanceof AwsError) {
    return {
      Id: id,
      SenderFault: error.fault === 'Sender',
      Code: error.queryCode ?? error.code,
      Message: error.message,
    };
  }
  return {
    Id: id,
    SenderFault: false,
    Code: 'InternalError',
    Message: error instanceof Error ? error.message : String(error),
  };
}
