import { snsErrors } from './sns-errors.js';

/** A message attribute as SNS receives it. */
export interface SnsMessageAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: Buffer;
}

type Scalar = string | number | boolean | null;

/** What a filter sees under one property name: whether it is there, and its leaf values. */
interface Field {
  present: boolean;
  values: Scalar[];
}

/**
 * Subscription filter policies, as the SNS Developer Guide describes them
 * (sns-subscription-filter-policies.html and the pages it links): on MessageAttributes (the
 * default scope) or on the JSON MessageBody, where nested policy objects follow nested body
 * properties and body arrays count element by element; exact strings and numbers, `prefix`,
 * `suffix`, `equals-ignore-case`, `anything-but` (values, numbers, `prefix`, `suffix`,
 * `equals-ignore-case`), `exists`, `numeric` ranges, and `$or`. A policy or operator this cannot
 * read matches nothing rather than everything, so a test never sees deliveries AWS would not make.
 */
export function matchesFilterPolicy(
  policyText: string | undefined,
  attributes: Readonly<Record<string, SnsMessageAttribute>>,
  scope: string | undefined = 'MessageAttributes',
  body = '',
): boolean {
  if (policyText === undefined || policyText.trim() === '') return true;
  let policy: unknown;
  try {
    policy = JSON.parse(policyText) as unknown;
  } catch {
    return false;
  }
  if (!isObject(policy)) return false;
  if (scope === 'MessageBody') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body) as unknown;
    } catch {
      return false; // a body that is not JSON matches no MessageBody policy
    }
    if (!isObject(parsed)) return false;
    const fields = new Map<string, Field>();
    flattenBody(parsed, '', fields);
    return matchesPolicy(policy, '', fields, true);
  }
  const fields = new Map<string, Field>();
  for (const [name, attribute] of Object.entries(attributes))
    fields.set(name, { present: true, values: attributeValues(attribute) });
  return matchesPolicy(policy, '', fields, false);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Body properties by dotted path; an array contributes each of its elements to the same path. */
function flattenBody(value: unknown, path: string, fields: Map<string, Field>): void {
  if (Array.isArray(value)) {
    if (path !== '' && !fields.has(path)) fields.set(path, { present: true, values: [] });
    for (const element of value) flattenBody(element, path, fields);
    return;
  }
  if (isObject(value)) {
    if (path !== '' && !fields.has(path)) fields.set(path, { present: true, values: [] });
    for (const [key, child] of Object.entries(value))
      flattenBody(child, path === '' ? key : `${path}.${key}`, fields);
    return;
  }
  const field = fields.get(path) ?? { present: true, values: [] };
  field.values.push(value as Scalar);
  fields.set(path, field);
}

/** Every property must match (AND); `$or` holds alternatives, of which one must match. */
function matchesPolicy(
  policy: Record<string, unknown>,
  prefix: string,
  fields: Map<string, Field>,
  nested: boolean,
): boolean {
  return Object.entries(policy).every(([key, rules]) => {
    if (key === '$or')
      return (
        Array.isArray(rules) &&
        rules.length >= 2 &&
        rules.some((sub) => isObject(sub) && matchesPolicy(sub, prefix, fields, nested))
      );
    const path = `${prefix}${key}`;
    if (isObject(rules)) return nested && matchesPolicy(rules, `${path}.`, fields, nested);
    const field = fields.get(path) ?? { present: false, values: [] };
    const conditions = Array.isArray(rules) ? rules : [rules];
    return conditions.some((condition) => matchesCondition(condition, field));
  });
}

function attributeValues(attribute: SnsMessageAttribute): Scalar[] {
  if (attribute.StringValue === undefined) return [];
  if (attribute.DataType === 'String.Array') {
    try {
      const parsed = JSON.parse(attribute.StringValue) as unknown;
      if (Array.isArray(parsed))
        return parsed.filter(
          (v): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v),
        );
    } catch {
      return [];
    }
  }
  if (attribute.DataType.startsWith('Number')) return [Number(attribute.StringValue)];
  return [attribute.StringValue];
}

function matchesCondition(condition: unknown, field: Field): boolean {
  const { values, present } = field;
  if (condition === null || typeof condition !== 'object')
    return values.some((v) => v === condition);
  if (Array.isArray(condition)) return false;
  const rule = condition as Record<string, unknown>;
  if ('exists' in rule) return rule['exists'] === present;
  if (!present || values.length === 0) return false;
  if ('anything-but' in rule) return values.every((v) => !excludedBy(rule['anything-but'], v));
  if ('numeric' in rule && Array.isArray(rule['numeric'])) {
    const ops = rule['numeric'] as unknown[];
    return values.some((v) => typeof v === 'number' && numericMatches(v, ops));
  }
  return values.some((v) => stringOperator(rule, v) === true);
}

/** `prefix`, `suffix` and `equals-ignore-case` on a string value; undefined for other rules. */
function stringOperator(rule: Record<string, unknown>, value: Scalar): boolean | undefined {
  const text = typeof value === 'string' ? value : undefined;
  if (typeof rule['prefix'] === 'string') return text?.startsWith(rule['prefix']) === true;
  if (typeof rule['suffix'] === 'string') return text?.endsWith(rule['suffix']) === true;
  if (typeof rule['equals-ignore-case'] === 'string')
    return text?.toLowerCase() === rule['equals-ignore-case'].toLowerCase();
  return undefined;
}

/**
 * Whether `anything-but` excludes a value: a string or number, a list of them, or a `prefix`,
 * `suffix` or `equals-ignore-case` operator. An operator this cannot read excludes everything.
 */
function excludedBy(spec: unknown, value: Scalar): boolean {
  if (Array.isArray(spec)) return spec.includes(value);
  if (isObject(spec)) return stringOperator(spec, value) ?? true;
  return spec === value;
}

function numericMatches(value: number, ops: unknown[]): boolean {
  if (ops.length === 0 || ops.length % 2 !== 0) return false;
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

/**
 * FilterPolicyScope is MessageAttributes (the default) or MessageBody. The message text is not in
 * AWS's documentation; it follows the InvalidParameter form SNS uses for attribute values.
 */
export function checkFilterPolicyScope(value: string | undefined): void {
  if (value === undefined || value === 'MessageAttributes' || value === 'MessageBody') return;
  throw snsErrors.invalidParameter(
    `Attributes Reason: FilterPolicyScope: Invalid value [${value}]. Please use either MessageBody or MessageAttributes`,
  );
}
