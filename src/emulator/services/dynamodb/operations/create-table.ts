import type { Tag } from '../../../identity/identity-store.js';
import { requestTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { tableCheck } from '../dynamodb-authz.js';
import { ddbErrors } from '../dynamodb-errors.js';
import type {
  AttributeDefinition,
  DynamoDbStore,
  KeySchemaElement,
  Projection,
  SecondaryIndex,
  Throughput,
} from '../dynamodb-store.js';
import { validateTableName } from '../dynamodb-names.js';
import { tableDescription } from '../table-description.js';

interface IndexInput {
  IndexName: string;
  KeySchema: KeySchemaElement[];
  Projection: Projection;
  ProvisionedThroughput?: Throughput;
}

interface Input {
  TableName: string;
  AttributeDefinitions: AttributeDefinition[];
  KeySchema: KeySchemaElement[];
  LocalSecondaryIndexes?: IndexInput[];
  GlobalSecondaryIndexes?: IndexInput[];
  BillingMode?: 'PROVISIONED' | 'PAY_PER_REQUEST';
  ProvisionedThroughput?: Throughput;
  StreamSpecification?: { StreamEnabled: boolean; StreamViewType?: string };
  Tags?: Tag[];
  TableClass?: string;
  DeletionProtectionEnabled?: boolean;
  ResourcePolicy?: string;
}

function checkKeySchema(keySchema: KeySchemaElement[], where: string): void {
  const hashes = keySchema.filter((k) => k.KeyType === 'HASH');
  const ranges = keySchema.filter((k) => k.KeyType === 'RANGE');
  if (
    hashes.length !== 1 ||
    ranges.length > 1 ||
    keySchema.length !== hashes.length + ranges.length ||
    keySchema[0]!.KeyType !== 'HASH'
  ) {
    throw ddbErrors.validation(
      `Invalid KeySchema: ${where} The first KeySchemaElement is not a HASH key type`,
    );
  }
}

export const createTable = defineOperation<DynamoDbStore, Input, object>({
  name: 'CreateTable',
  // Attaching a resource policy at creation also needs dynamodb:PutResourcePolicy, as in AWS.
  authorize: (input, ctx) => [
    tableCheck('dynamodb:CreateTable', input.TableName, ctx, requestTagContext(input.Tags)),
    ...(input.ResourcePolicy !== undefined
      ? [tableCheck('dynamodb:PutResourcePolicy', input.TableName, ctx)]
      : []),
  ],
  handle: (input, { store, region, now }) => {
    validateTableName(input.TableName);
    checkKeySchema(input.KeySchema, 'Table');
    const indexes: SecondaryIndex[] = [
      ...(input.LocalSecondaryIndexes ?? []).map((i) => ({ i, kind: 'local' as const })),
      ...(input.GlobalSecondaryIndexes ?? []).map((i) => ({ i, kind: 'global' as const })),
    ].map(({ i, kind }) => {
      checkKeySchema(i.KeySchema, `Index ${i.IndexName}`);
      return {
        name: i.IndexName,
        kind,
        keySchema: i.KeySchema,
        projection: i.Projection,
        ...(i.ProvisionedThroughput !== undefined && { throughput: i.ProvisionedThroughput }),
      };
    });
    const keyAttributes = new Set(
      [...input.KeySchema, ...indexes.flatMap((i) => i.keySchema)].map((k) => k.AttributeName),
    );
    const defined = input.AttributeDefinitions.map((d) => d.AttributeName);
    const undefinedKeys = [...keyAttributes].filter((k) => !defined.includes(k));
    if (undefinedKeys.length > 0) {
      throw ddbErrors.validation(
        `One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [${undefinedKeys.join(', ')}], AttributeDefinitions: [${defined.join(', ')}]`,
      );
    }
    if (defined.length !== keyAttributes.size) {
      throw ddbErrors.validation(
        'One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions',
      );
    }
    const billingMode = input.BillingMode ?? 'PROVISIONED';
    if (billingMode === 'PROVISIONED' && input.ProvisionedThroughput === undefined) {
      throw ddbErrors.validation(
        'One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED',
      );
    }
    if (billingMode === 'PAY_PER_REQUEST' && input.ProvisionedThroughput !== undefined) {
      throw ddbErrors.validation(
        'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST',
      );
    }
    if (store.tables.has(input.TableName)) throw ddbErrors.tableExists(input.TableName);
    const resourcePolicy =
      input.ResourcePolicy === undefined
        ? undefined
        : store.compilePolicy(input.TableName, input.ResourcePolicy, now);
    const table = store.createTable({
      name: input.TableName,
      arn: store.tableArn(region, input.TableName),
      keySchema: input.KeySchema,
      attributeDefinitions: input.AttributeDefinitions,
      createdAt: now,
      billingMode,
      ...(input.ProvisionedThroughput !== undefined && { throughput: input.ProvisionedThroughput }),
      indexes,
      tags: input.Tags ?? [],
      deletionProtection: input.DeletionProtectionEnabled === true,
      ...(input.StreamSpecification !== undefined && {
        streamSpecification: input.StreamSpecification,
      }),
      ...(input.TableClass !== undefined && { tableClass: input.TableClass }),
      ...(resourcePolicy !== undefined && { resourcePolicy }),
    });
    return { TableDescription: tableDescription(table) };
  },
});
