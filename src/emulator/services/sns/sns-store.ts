import type { CompiledPolicy } from '../../../policy/types.js';
import { snsErrors } from './sns-errors.js';
import { partitionOfRegion } from '../../../policy/partition.js';

export interface Subscription {
  arn: string;
  topicArn: string;
  protocol: string;
  endpoint: string;
  owner: string;
  /** sqs, lambda, firehose and application subscriptions need no confirmation. */
  confirmed: boolean;
  attributes: Map<string, string>;
}

export interface Topic {
  arn: string;
  name: string;
  region: string;
  fifo: boolean;
  attributes: Map<string, string>;
  /** A `Policy` set through CreateTopic/SetTopicAttributes, compiled as a resource policy. */
  policy?: CompiledPolicy;
  tags: Map<string, string>;
  nextSequence: bigint;
  deduplication: Map<string, { at: number; messageId: string; sequenceNumber: string }>;
}

/** Topics and subscriptions of the emulator's account, keyed by ARN (which names the region). */
export class SnsStore {
  readonly topics = new Map<string, Topic>();
  readonly subscriptions = new Map<string, Subscription>();

  constructor(readonly accountId: string) {}

  topicArn(region: string, name: string): string {
    return `arn:${partitionOfRegion(region)}:sns:${region}:${this.accountId}:${name}`;
  }

  getTopic(arn: string): Topic {
    const topic = this.topics.get(arn);
    if (topic === undefined) throw snsErrors.topicNotFound();
    return topic;
  }

  subscriptionsOf(topicArn: string): Subscription[] {
    return [...this.subscriptions.values()].filter((s) => s.topicArn === topicArn);
  }
}

/** The policy AWS gives every new topic (shown by GetTopicAttributes until a Policy is set). */
export function defaultTopicPolicy(topicArn: string, accountId: string): string {
  return JSON.stringify({
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'SNS:GetTopicAttributes',
          'SNS:SetTopicAttributes',
          'SNS:AddPermission',
          'SNS:RemovePermission',
          'SNS:DeleteTopic',
          'SNS:Subscribe',
          'SNS:ListSubscriptionsByTopic',
          'SNS:Publish',
        ],
        Resource: topicArn,
        Condition: { StringEquals: { 'AWS:SourceOwner': accountId } },
      },
    ],
  });
}

export const DEFAULT_DELIVERY_POLICY = JSON.stringify({
  http: {
    defaultHealthyRetryPolicy: {
      minDelayTarget: 20,
      maxDelayTarget: 20,
      numRetries: 3,
      numMaxDelayRetries: 0,
      numNoDelayRetries: 0,
      numMinDelayRetries: 0,
      backoffFunction: 'linear',
    },
    disableSubscriptionOverrides: false,
    defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
  },
});

/** Simple opaque paging over sorted items (100 per page, as SNS's list calls). */
export function page<T>(
  items: readonly T[],
  nextToken: string | undefined,
  size = 100,
): { items: T[]; NextToken?: string } {
  const start =
    nextToken === undefined ? 0 : Number(Buffer.from(nextToken, 'base64').toString('utf8'));
  if (!Number.isInteger(start) || start < 0) throw snsErrors.invalidParameter('NextToken');
  const slice = items.slice(start, start + size);
  return start + size < items.length
    ? { items: slice, NextToken: Buffer.from(String(start + size)).toString('base64') }
    : { items: slice };
}
