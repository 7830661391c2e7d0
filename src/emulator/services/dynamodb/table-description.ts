import { itemSize } from './attribute-value.js';
import type { SecondaryIndex, Table } from './dynamodb-store.js';

type Status = 'ACTIVE' | 'DELETING';

function throughput(t: { ReadCapacityUnits: number; WriteCapacityUnits: number } | undefined) {
  return {
    NumberOfDecreasesToday: 0,
    ReadCapacityUnits: t?.ReadCapacityUnits ?? 0,
    WriteCapacityUnits: t?.WriteCapacityUnits ?? 0,
  };
}

function indexItems(table: Table, index: SecondaryIndex) {
  const items = [...table.items.values()].filter((i) =>
    index.keySchema.every((k) => i[k.AttributeName] !== undefined),
  );
  return { IndexSizeBytes: items.reduce((n, i) => n + itemSize(i), 0), ItemCount: items.length };
}

/**
 * The TableDescription of CreateTable/DescribeTable/DeleteTable. Tables are ACTIVE as soon as
 * they exist (no CREATING phase), so `aws dynamodb wait table-exists` returns at once.
 */
export function tableDescription(table: Table, status: Status = 'ACTIVE'): Record<string, unknown> {
  const gsis = table.indexes.filter((i) => i.kind === 'global');
  const lsis = table.indexes.filter((i) => i.kind === 'local');
  return {
    AttributeDefinitions: table.attributeDefinitions,
    TableName: table.name,
    KeySchema: table.keySchema,
    TableStatus: status,
    CreationDateTime: table.createdAt,
    ProvisionedThroughput: throughput(table.throughput),
    TableSizeBytes: [...table.items.values()].reduce((n, i) => n + itemSize(i), 0),
    ItemCount: table.items.size,
    TableArn: table.arn,
    TableId: table.id,
    ...(table.billingMode === 'PAY_PER_REQUEST' && {
      BillingModeSummary: {
        BillingMode: 'PAY_PER_REQUEST',
        LastUpdateToPayPerRequestDateTime: table.createdAt,
      },
    }),
    ...(lsis.length > 0 && {
      LocalSecondaryIndexes: lsis.map((i) => ({
        IndexName: i.name,
        KeySchema: i.keySchema,
        Projection: i.projection,
        ...indexItems(table, i),
        IndexArn: `${table.arn}/index/${i.name}`,
      })),
    }),
    ...(gsis.length > 0 && {
      GlobalSecondaryIndexes: gsis.map((i) => ({
        IndexName: i.name,
        KeySchema: i.keySchema,
        Projection: i.projection,
        IndexStatus: 'ACTIVE',
        ProvisionedThroughput: throughput(i.throughput),
        ...indexItems(table, i),
        IndexArn: `${table.arn}/index/${i.name}`,
      })),
    }),
    ...(table.streamSpecification?.StreamEnabled === true && {
      StreamSpecification: table.streamSpecification,
      LatestStreamLabel: table.createdAt.toISOString().replace(/Z$/, ''),
      LatestStreamArn: `${table.arn}/stream/${table.createdAt.toISOString().replace(/Z$/, '')}`,
    }),
    ...(table.tableClass !== undefined && { TableClassSummary: { TableClass: table.tableClass } }),
    DeletionProtectionEnabled: table.deletionProtection,
  };
}
