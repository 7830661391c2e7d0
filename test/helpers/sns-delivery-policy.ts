/**
 * The queue policy AWS requires before SNS may deliver to a queue: sns.amazonaws.com may
 * sqs:SendMessage, from this topic (SNS Developer Guide, "Subscribing an Amazon SQS queue to an
 * Amazon SNS topic").
 */
export function snsMayDeliverTo(queueArn: string, topicArn = '*'): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: queueArn,
        ...(topicArn !== '*' && { Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }),
      },
    ],
  });
}
