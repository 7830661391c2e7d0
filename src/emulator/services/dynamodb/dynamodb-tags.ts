import { AwsError } from '../../errors/aws-error.js';
import type { DynamoDbStore, Table } from './dynamodb-store.js';

/** Tag calls name the table by ARN; AWS answers an unknown one with the ARN in the message. */
export function tableByArn(store: DynamoDbStore, arn: string): Table {
  const table = [...store.tables.values()].find((t) => t.arn === arn);
  if (table === undefined)
    throw new AwsError(
      'ResourceNotFoundException',
      `Requested resource not found: ResourcArn: ${arn} not found`,
    );
  return table;
}
