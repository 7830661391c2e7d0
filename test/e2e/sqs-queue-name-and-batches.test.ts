/**
 * Conformance with boto3 (the client whose users pass bare names): SQS accepts a bare queue
 * name of the caller's account where a QueueUrl is expected, and an empty DeleteMessageBatch
 * names DeleteMessageBatchRequestEntry (not SendMessage's).
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html
 * (Errors: EmptyBatchRequest)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import { ADMIN, boto3 } from '../helpers/aws-subprocess.js';

describe('SQS bare queue names and empty batches (boto3)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
  });
  after(() => emulator.stop());

  it('a bare queue name works as QueueUrl; an empty DeleteMessageBatch names its own entry', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `
sqs = client('sqs')
sqs.create_queue(QueueName='bare-name')
sqs.send_message(QueueUrl='bare-name', MessageBody='hi')
got = sqs.receive_message(QueueUrl='bare-name', WaitTimeSeconds=0)['Messages']
empty = call(lambda: sqs.delete_message_batch(QueueUrl='bare-name', Entries=[]))
print(json.dumps({'body': got[0]['Body'], 'error': empty['error']}))
`,
    )) as { body: string; error: { Code: string; Message: string } };
    assert.equal(out.body, 'hi');
    assert.match(out.error.Code, /EmptyBatchRequest/);
    assert.match(out.error.Message, /DeleteMessageBatchRequestEntry/);
  });
});
