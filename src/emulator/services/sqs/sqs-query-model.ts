import type { Shape, ServiceModel } from '../../protocols/model-types.js';

/**
 * SQS's query-protocol model, for the SDKs that predate SQS's move to awsJson (boto3 before
 * 1.31, aws-sdk v2 for JavaScript, the CLI v1 of that era). The operations and shapes are the
 * JSON model's; the query protocol only names things differently on the wire
 * (`Attribute.1.Name`, `MessageAttribute.1.Value.StringValue`, `<Message>` items...), so this
 * copies the JSON model and adds the locationNames the query model of 2012-11-05 had.
 */
export function sqsQueryModel(json: ServiceModel): ServiceModel {
  const model = structuredClone(json);
  model.metadata = {
    ...model.metadata,
    protocol: 'query',
    xmlNamespace: 'http://queue.amazonaws.com/doc/2012-11-05/',
  };
  delete model.metadata.targetPrefix;
  delete model.metadata.jsonVersion;
  delete model.metadata.awsQueryCompatible;
  const seen = new Set<Shape>();
  for (const operation of Object.values(model.operations)) {
    if (operation.input !== undefined) rename(model, operation.input, seen);
    if (operation.output !== undefined) rename(model, operation.output, seen);
  }
  return model;
}

/** Structure member -> its query name; maps also name their key and value. */
const MEMBERS: Readonly<Record<string, { name: string; key?: string; value?: string }>> = {
  Attributes: { name: 'Attribute', key: 'Name', value: 'Value' },
  MessageAttributes: { name: 'MessageAttribute', key: 'Name', value: 'Value' },
  MessageSystemAttributes: { name: 'MessageSystemAttribute', key: 'Name', value: 'Value' },
  tags: { name: 'Tag', key: 'Key', value: 'Value' },
  Tags: { name: 'Tag', key: 'Key', value: 'Value' },
  TagKeys: { name: 'TagKey' },
  AttributeNames: { name: 'AttributeName' },
  MessageSystemAttributeNames: { name: 'MessageSystemAttributeName' },
  MessageAttributeNames: { name: 'MessageAttributeName' },
  StringListValues: { name: 'StringListValue' },
  BinaryListValues: { name: 'BinaryListValue' },
  QueueUrls: { name: 'QueueUrl' },
  queueUrls: { name: 'QueueUrl' },
  Messages: { name: 'Message' },
  AWSAccountIds: { name: 'AWSAccountId' },
  Actions: { name: 'ActionName' },
  Failed: { name: 'BatchResultErrorEntry' },
};

/** Batch entry lists are named after the operation. */
function batchEntryName(member: string, owner: string | undefined): string | undefined {
  if (owner === undefined) return undefined;
  if (member === 'Entries') return `${owner}RequestEntry`;
  if (member === 'Successful') return `${owner}ResultEntry`;
  return undefined;
}

function rename(model: ServiceModel, shape: Shape, seen: Set<Shape>, owner?: string): void {
  const target = shape.shape !== undefined ? model.shapes[shape.shape] : shape;
  if (target === undefined || seen.has(target)) return;
  seen.add(target);
  for (const [name, member] of Object.entries(target.members ?? {})) {
    const resolved = member.shape !== undefined ? model.shapes[member.shape]! : member;
    const rule = MEMBERS[name];
    const entryName = batchEntryName(name, owner ?? batchOwner(model, target));
    const wireName = entryName ?? rule?.name;
    if (wireName !== undefined) {
      member.locationName = wireName;
      if (resolved.type === 'list' && resolved.member !== undefined)
        resolved.member.locationName = wireName;
      if (resolved.type === 'map') {
        if (resolved.key !== undefined && rule?.key !== undefined)
          resolved.key.locationName = rule.key;
        if (resolved.value !== undefined && rule?.value !== undefined)
          resolved.value.locationName = rule.value;
      }
    }
    if (resolved.type === 'list' && resolved.member !== undefined)
      rename(model, resolved.member, seen);
    else if (resolved.type === 'map' && resolved.value !== undefined)
      rename(model, resolved.value, seen);
    else if (resolved.type === 'structure') rename(model, resolved, seen);
  }
}

/** `SendMessageBatch` for the input/output structures of the *Batch operations. */
function batchOwner(model: ServiceModel, structure: Shape): string | undefined {
  for (const [name, operation] of Object.entries(model.operations)) {
    if (!name.endsWith('Batch')) continue;
    if (operation.input === structure || operation.output === structure) return name;
  }
  return undefined;
}
