import { snsErrors } from './sns-errors.js';

/** A message attribute as SNS receives it. */
export interface SnsMessageAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: Buffer;
}

/**
 * Subscription filter policies (MessageAttributes scope), the common subset: exact strings and
 * numbers, `prefix`, `anything-but`, `exists`, and numeric comparisons. A policy this cannot read
 * matches nothing rather than everything, so a test never sees deliveries AWS would not make.
 */
export function matchesFilterPolicy(
  policyText: string | undefined,
  attributes: Readonly<Record<string, SnsMessageAttribute>>,
): boolean {
  if (policyText === undefined || policyText.trim() === '') return true;
  let policy: Record<string, unknown>;
  try {
    policy = JSON.parse(policyText) as Record<string, unknown>;
  } catch {
    return false;
  }
  return Object.entries(policy).every(([name, rules]) => {
    const attribute = attributes[name];
    const values = attributeValues(attribute);
    const conditions = Array.isArray(rules) ? rules : [rules];
    return conditions.some((condition) =>
      matchesCondition(condition, values, attribute !== undefined),
    );
  });
}

function attributeValues(attribute: SnsMessageAttribute | undefined): Array<string | number> {
  if (attribute === undefined || attribute.StringValue === undefined) return [];
  if (attribute.DataType === 'String.Array') {
    try {
      const parsed = JSON.parse(attribute.StringValue) as unknown;
      if (Array.isArray(parsed))
        return parsed.filter(
          (v): v is string | number => typeof v === 'string' || typeof v === 'number',
        );
    } catch {
      return [];
    }
  }
  if (attribute.DataType.startsWith('Number')) return [Number(attribute.StringValue)];
  return [attribute.StringValue];
}

function matchesCondition(
  condition: unknown,
  values: Array<string | number>,
  present: boolean,
): boolean {
  if (typeof condition === 'string' || typeof condition === 'number')
    return values.some((v) => v === condition);
  if (condition === null || typeof condition !== 'object') return false;
  const rule = condition as Record<string, unknown>;
  if ('exists' in rule) return rule['exists'] === present;
  if ('prefix' in rule)
    return values.some((v) => typeof v === 'string' && v.startsWith(String(rule['prefix'])));
  if ('anything-but' in rule) {
    if (!present) return false;
    const excluded = Array.isArray(rule['anything-but'])
      ? (rule['anything-but'] as unknown[])
      : [rule['anything-but']];
    return values.every((v) => !excluded.includes(v));
  }
  if ('numeric' in rule && Array.isArray(rule['numeric'])) {
    const ops = rule['numeric'] as unknown[];
    return values.some((v) => typeof v === 'number' && numericMatches(v, ops));
  }
  return false;
}

function numericMatches(value: number, ops: unknown[]): boolean {
  for (let i = 0; i + 1 < ops.length; i += 2) {
    const op = ops[i];
    const bound = Number(ops[i + 1]);
    const ok =
      op === '='
        ? value === bound
        : op === '>'
          ? value > bound
          : op === '>='
            ? value >= bound
            : op === '<'
              ? value < bound
              : op === '<='
                ? value <= bound
                : false;
    if (!ok) return false;
  }
  return true;
}

/** SNS refuses a FilterPolicy that is not a JSON object when it is set. */
export function checkFilterPolicy(text: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw snsErrors.invalidParameter('FilterPolicy: failed to parse JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw snsErrors.invalidParameter('FilterPolicy: filter policy must be a JSON object');
  }
}
