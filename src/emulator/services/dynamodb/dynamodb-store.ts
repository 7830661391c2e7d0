import { randomUUID } from 'node:crypto';
import type { CompiledPolicy } from '../../../policy/types.js';
import type { Tag } from '../../identity/identity-store.js';
import { NO_RESOURCE_POLICIES, type EmulatorCore } from '../service-types.js';
import type { AttributeValue, Item } from './attribute-value.js';
import { ddbErrors } from './dynamodb-errors.js';
import { validateTableName } from './dynamodb-names.js';
import { partitionOfRegion } from '../../../policy/partition.js';

export interface KeySchemaElement {
  AttributeName: string;
  KeyType: 'HASH' | 'RANGE';
}

export interface AttributeDefinition {
  AttributeName: string;
  AttributeType: 'S' | 'N' | 'B';
}

export interface Projection {
  ProjectionType?: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  NonKeyAttributes?: string[];
}

export interface Throughput {
  ReadCapacityUnits: number;
  WriteCapacityUnits: number;
}

export interface SecondaryIndex {
  name: string;
  kind: 'global' | 'local';
  keySchema: KeySchemaElement[];
  projection: Projection;
  throughput?: Throughput;
}

export interface Table {
  name: string;
  arn: string;
  id: string;
  keySchema: KeySchemaElement[];
  attributeDefinitions: AttributeDefinition[];
  createdAt: Date;
  billingMode: 'PROVISIONED' | 'PAY_PER_REQUEST';
  throughput?: Throughput;
  indexes: SecondaryIndex[];
  /** Items by key string (hash key, then range key). */
  items: Map<string, Item>;
  tags: Tag[];
  deletionProtection: boolean;
  streamSpecification?: { StreamEnabled: boolean; StreamViewType?: string };
  ttl?: { attributeName: string; enabled: boolean };
  tableClass?: string;
  /** The table's resource-based policy (PutResourcePolicy / CreateTable ResourcePolicy). */
  resourcePolicy?: TablePolicy;
}

export interface TablePolicy {
  text: string;
  compiled: CompiledPolicy;
  /** `[compiled]`, made once: the authorizer asks for it on every call to the table. */
  asList: readonly CompiledPolicy[];
  revisionId: string;
}

export class DynamoDbStore {
  readonly tables = new Map<string, Table>();

  constructor(readonly core: EmulatorCore) {}

  tableArn(region: string, name: string): string {
    return `arn:${partitionOfRegion(region)}:dynamodb:${region}:${this.core.accountId}:table/${name}`;
  }

  /**
   * The table a TableName names (a table ARN is accepted too, as AWS does). Item calls on a
   * missing table answer the bare "Requested resource not found".
   */
  getTable(nameOrArn: string): Table {
    const table = this.findTable(nameOrArn);
    if (table === undefined) throw ddbErrors.resourceNotFound();
    return table;
  }

  /** The table, if any; a name that breaks AWS's constraints is a ValidationException first. */
  findTable(nameOrArn: string): Table | undefined {
    if (!nameOrArn.startsWith('arn:')) validateTableName(nameOrArn);
    return this.tables.get(tableNameOf(nameOrArn));
  }

  /**
   * The table's resource policy governs the table and its indexes (`table/T/index/I`), which
   * is how AWS applies it.
   */
  resourcePolicies(resourceArn: string): readonly CompiledPolicy[] {
    // Every enforced call asks: look the table up by its name, then check the whole ARN (the
    // name alone would match the same name in another region or account).
    const m = /^(arn:aws[a-z-]*:dynamodb:[^:]*:\d{12}:table\/([^/]+))(?:\/index\/[^/]+)?$/.exec(
      resourceArn,
    );
    if (m === null) return NO_RESOURCE_POLICIES;
    const table = this.tables.get(m[2]!);
    if (table === undefined || table.arn !== m[1]) return NO_RESOURCE_POLICIES;
    return table.resourcePolicy?.asList ?? NO_RESOURCE_POLICIES;
  }

  /** Compiles a resource policy; AWS's ValidationException when it does not compile. */
  compilePolicy(table: string, text: string, now: Date): TablePolicy {
    const result = this.core.policyEngine.compile(text, {
      id: `dynamodb/${table}/resource-policy`,
      kind: 'resource',
    });
    if (result.policy === undefined)
      throw ddbErrors.validation(`Invalid policy document: ${result.errors.join('; ')}`);
    return {
      text,
      compiled: result.policy,
      asList: Object.freeze([result.policy]),
      revisionId: String(now.getTime()),
    };
  }

  createTable(table: Omit<Table, 'id' | 'items'>): Table {
    const created: Table = { ...table, id: randomUUID(), items: new Map() };
    this.tables.set(table.name, created);
    return created;
  }
}

/** `arn:aws:dynamodb:r:a:table/NAME` -> NAME; names pass through. */
export function tableNameOf(nameOrArn: string): string {
  const m = /^arn:aws[a-z-]*:dynamodb:[^:]*:\d{12}:table\/([^/]+)$/.exec(nameOrArn);
  return m === null ? nameOrArn : m[1]!;
}

export function hashKeyName(keySchema: readonly KeySchemaElement[]): string {
  return keySchema.find((k) => k.KeyType === 'HASH')!.AttributeName;
}

export function rangeKeyName(keySchema: readonly KeySchemaElement[]): string | undefined {
  return keySchema.find((k) => k.KeyType === 'RANGE')?.AttributeName;
}

export function keyNames(keySchema: readonly KeySchemaElement[]): string[] {
  return keySchema.map((k) => k.AttributeName);
}

export function attributeType(table: Table, name: string): string | undefined {
  return table.attributeDefinitions.find((d) => d.AttributeName === name)?.AttributeType;
}

export function valueType(value: AttributeValue): string {
  return Object.keys(value).find((k) => (value as Record<string, unknown>)[k] !== undefined) ?? '';
}
