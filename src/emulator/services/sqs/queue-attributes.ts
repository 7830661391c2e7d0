import type { EmulatorCore } from '../service-types.js';
import { sqsErrors } from './sqs-errors.js';
import type { Queue } from './sqs-store.js';

/** What a new queue starts with (the values GetQueueAttributes shows for an untouched queue). */
export const DEFAULT_ATTRIBUTES: Readonly<Record<string, string>> = {
  VisibilityTimeout: '30',
  // 1 MiB since August 2025 (it was 256 KiB).
  MaximumMessageSize: '1048576',
  MessageRetentionPeriod: '345600',
  DelaySeconds: '0',
  ReceiveMessageWaitTimeSeconds: '0',
  SqsManagedSseEnabled: 'true',
};

/** Integer attributes and their allowed ranges. */
const RANGES: Readonly<Record<string, [number, number]>> = {
  VisibilityTimeout: [0, 43200],
  MaximumMessageSize: [1024, 1048576],
  MessageRetentionPeriod: [60, 1209600],
  DelaySeconds: [0, 900],
  ReceiveMessageWaitTimeSeconds: [0, 20],
  KmsDataKeyReusePeriodSeconds: [60, 86400],
};

const SETTABLE = new Set([
  ...Object.keys(RANGES),
  'Policy',
  'RedrivePolicy',
  'RedriveAllowPolicy',
  'KmsMasterKeyId',
  'SqsManagedSseEnabled',
  'ContentBasedDeduplication',
  'DeduplicationScope',
  'FifoThroughputLimit',
]);

const COMPUTED = [
  'QueueArn',
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesNotVisible',
  'ApproximateNumberOfMessagesDelayed',
  'CreatedTimestamp',
  'LastModifiedTimestamp',
];

/**
 * Validates and applies attributes from CreateQueue / SetQueueAttributes. `Policy` is compiled
 * as the queue's resource policy, so it takes part in authorization from the next call on.
 */
export function applyAttributes(
  core: EmulatorCore,
  queue: Queue,
  attributes: Readonly<Record<string, string>>,
  creating: boolean,
): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'FifoQueue') {
      if (!creating) throw sqsErrors.invalidAttributeName(name);
      if (value !== String(queue.fifo)) {
        throw sqsErrors.invalidParameterValue(
          queue.fifo
            ? 'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix.'
            : 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
        );
      }
      continue;
    }
    if (!SETTABLE.has(name)) throw sqsErrors.invalidAttributeName(name);
    if (
      !queue.fifo &&
      (name === 'ContentBasedDeduplication' ||
        name === 'DeduplicationScope' ||
        name === 'FifoThroughputLimit')
    ) {
      throw sqsErrors.invalidAttributeName(name);
    }
    const range = RANGES[name];
    if (range !== undefined) {
      const n = Number(value);
      if (value.trim() === '' || !Number.isInteger(n) || n < range[0] || n > range[1]) {
        throw sqsErrors.invalidAttributeValue(`Invalid value for the parameter ${name}.`);
      }
    }
    if (name === 'Policy') {
      if (value === '') {
        delete queue.policy;
      } else {
        queue.policy = compileQueuePolicy(core, queue, value);
      }
    }
    if (name === 'RedrivePolicy' && value !== '') checkRedrivePolicy(value);
    if (
      value === '' &&
      (name === 'Policy' || name === 'RedrivePolicy' || name === 'RedriveAllowPolicy')
    ) {
      queue.attributes.delete(name);
      continue;
    }
    queue.attributes.set(name, value);
  }
}

/** Compiled with the id `sqs/NAME/queue-policy`, which the authorization log shows. */
function compileQueuePolicy(core: EmulatorCore, queue: Queue, text: string) {
  const result = core.policyEngine.compile(text, {
    id: `sqs/${queue.name}/queue-policy`,
    kind: 'resource',
  });
  if (result.policy === undefined)
    throw sqsErrors.invalidAttributeValue('Invalid value for the parameter Policy.');
  return result.policy;
}

function checkRedrivePolicy(text: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw sqsErrors.invalidAttributeValue(
      'Invalid value for the parameter RedrivePolicy. Reason: Redrive policy is not a valid JSON map.',
    );
  }
  const policy = parsed as { deadLetterTargetArn?: unknown; maxReceiveCount?: unknown };
  if (typeof policy.deadLetterTargetArn !== 'string' || policy.maxReceiveCount === undefined) {
    throw sqsErrors.invalidAttributeValue(
      'Value {} for parameter RedrivePolicy is invalid. Reason: Redrive policy does not contain mandatory attribute: deadLetterTargetArn.',
    );
  }
}

/** Every attribute of a queue, computed ones included, as GetQueueAttributes `All` returns them. */
export function allAttributes(queue: Queue, now: number): Record<string, string> {
  const visible = queue.messages.filter((m) => m.visibleAt <= now).length;
  const delayed = queue.messages.filter((m) => m.visibleAt > now && m.receiveCount === 0).length;
  const inFlight = queue.messages.length - visible - delayed;
  const out: Record<string, string> = {
    QueueArn: queue.arn,
    ApproximateNumberOfMessages: String(visible),
    ApproximateNumberOfMessagesNotVisible: String(inFlight),
    ApproximateNumberOfMessagesDelayed: String(delayed),
    CreatedTimestamp: String(Math.floor(queue.createdAt.getTime() / 1000)),
    LastModifiedTimestamp: String(Math.floor(queue.modifiedAt.getTime() / 1000)),
  };
  for (const [k, v] of queue.attributes) out[k] = v;
  if (queue.fifo) out['FifoQueue'] = 'true';
  return out;
}

/** GetQueueAttributes: `All`, or the named attributes (unknown names are InvalidAttributeName). */
export function selectAttributes(
  queue: Queue,
  names: readonly string[] | undefined,
  now: number,
): Record<string, string> | undefined {
  if (names === undefined || names.length === 0) return undefined;
  const all = allAttributes(queue, now);
  if (names.includes('All')) return all;
  const out: Record<string, string> = {};
  for (const name of names) {
    if (!SETTABLE.has(name) && !COMPUTED.includes(name) && name !== 'FifoQueue')
      throw sqsErrors.invalidAttributeName(name);
    const value = all[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}
