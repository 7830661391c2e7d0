import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../../common/diagnostic.js';
import { InputError } from '../../common/errors.js';
import { configSchema } from './config-schema.js';
import type {
  EmulatorChoice,
  IamMutateConfig,
  IgnoreConfig,
  TargetConfig,
  Workload,
} from './config-types.js';

let compiled: ValidateFunction | undefined;
/** Compiled on first use so `--help` and `--version` do not pay for it. */
function validator(): ValidateFunction {
  // strictRequired is off because the workload's oneOf names keys inside `not` on purpose.
  compiled ??= new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(
    configSchema,
  );
  return compiled;
}

export interface ConfigSource {
  /** Path shown in messages (as the user gave it). */
  file: string;
  /** Directory that relative paths in the config resolve against. */
  rootDir: string;
  /** When given, every path the config names must exist (checked here to locate the error). */
  fileExists?: (absolutePath: string) => boolean;
}

/**
 * Parses and validates the config text. Pure: the caller reads the file. Throws InputError
 * with every problem found, each located at file:line:column of the offending key.
 */
export function parseConfig(text: string, source: ConfigSource): IamMutateConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const syntax: Diagnostic[] = doc.errors.map((e) => ({
    file: source.file,
    position: at(e.pos[0]),
    message: `invalid YAML: ${firstLine(e.message)}`,
    severity: 'error',
  }));
  if (syntax.length > 0) throw new InputError(syntax);

  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    throw new InputError([
      { file: source.file, message: 'config file is empty', severity: 'error' },
    ]);
  }
  const validate = validator();
  if (!validate(data)) {
    throw new InputError(schemaDiagnostics(validate.errors ?? [], doc, source.file, at));
  }
  const config = toConfig(data as RawConfig, source);
  if (source.fileExists) {
    const missing = missingFiles(data as RawConfig, source, source.fileExists);
    if (missing.length > 0) {
      throw new InputError(
        missing.map(({ path: keyPath, value }) => ({
          file: source.file,
          position: locate(doc, keyPath, false, at),
          key: formatKeyPath(keyPath),
          message: `file not found: ${value}`,
          severity: 'error' as const,
        })),
      );
    }
  }
  return config;
}

/** The config keys that name files, with their JSON paths. */
function missingFiles(
  raw: RawConfig,
  source: ConfigSource,
  exists: (p: string) => boolean,
): { path: (string | number)[]; value: string }[] {
  const named: { path: (string | number)[]; value: string }[] = [];
  if (raw.setup !== undefined) named.push({ path: ['setup'], value: raw.setup });
  raw.targets.forEach((t, i) => {
    named.push({ path: ['targets', i, 'policy'], value: t.policy });
    if (t.workload.payload !== undefined) {
      named.push({ path: ['targets', i, 'workload', 'payload'], value: t.workload.payload });
    }
  });
  return named.filter(({ value }) => !exists(path.resolve(source.rootDir, value)));
}

interface RawTarget {
  policy: string;
  role: string;
  'policy-name'?: string;
  workload: { lambda?: string; payload?: string; command?: string };
  timeout?: string;
  expect?: unknown;
  probes?: string[];
}
interface RawConfig {
  version: 1;
  emulator?: string;
  enforcement?: 'strict' | 'soft';
  verify?: 'all' | 'survivors' | 'none';
  account?: string;
  region?: string;
  setup?: string;
  substitute?: Record<string, string>;
  targets: RawTarget[];
  ignore?: IgnoreConfig[];
}

function toConfig(raw: RawConfig, source: ConfigSource): IamMutateConfig {
  const resolve = (p: string) => path.resolve(source.rootDir, p);
  return {
    file: path.resolve(source.rootDir, source.file),
    rootDir: path.resolve(source.rootDir),
    version: 1,
    emulator: toEmulatorChoice(raw.emulator ?? 'embedded'),
    enforcement: raw.enforcement ?? 'strict',
    verify: raw.verify ?? 'all',
    account: raw.account ?? '000000000000',
    region: raw.region ?? 'us-east-1',
    ...(raw.setup !== undefined && { setup: resolve(raw.setup) }),
    substitute: { ...raw.substitute },
    ignore: (raw.ignore ?? []).map((e) => ({ ...e })),
    targets: raw.targets.map((t): TargetConfig => {
      const workload: Workload =
        t.workload.command !== undefined
          ? { kind: 'command', command: t.workload.command }
          : {
              kind: 'lambda',
              functionName: t.workload.lambda as string,
              ...(t.workload.payload !== undefined && { payloadFile: resolve(t.workload.payload) }),
            };
      return {
        policy: t.policy,
        policyPath: resolve(t.policy),
        role: t.role,
        policyName: t['policy-name'] ?? 'iam-mutate-policy',
        workload,
        timeoutMs: parseDuration(t.timeout ?? '30s'),
        ...(t.expect !== undefined && { expect: t.expect }),
        ...(t.probes !== undefined && { probes: t.probes }),
      };
    }),
  };
}

function toEmulatorChoice(value: string): EmulatorChoice {
  if (value === 'embedded' || value === 'localemu') return { kind: value };
  return { kind: 'endpoint', url: value };
}

/** `500ms`, `30s`, `2m` -> milliseconds (the schema has already checked the shape). */
export function parseDuration(text: string): number {
  const match = /^([0-9]+)(ms|s|m)$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  const n = Number(match[1]);
  return match[2] === 'ms' ? n : match[2] === 's' ? n * 1000 : n * 60_000;
}

type Locate = (offset: number) => { line: number; column: number };

function schemaDiagnostics(
  errors: ErrorObject[],
  doc: Document,
  file: string,
  at: Locate,
): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of errors) {
    const described = describeSchemaError(error);
    if (!described) continue;
    const position = locate(doc, described.path, described.onKey, at);
    const key = formatKeyPath(described.path);
    const id = `${key}\u0000${described.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({
      file,
      position,
      key: key || undefined,
      message: described.message,
      severity: 'error',
    });
  }
  return out.sort(
    (a, b) =>
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}

interface DescribedError {
  path: (string | number)[];
  /** Point at the key itself rather than its value. */
  onKey: boolean;
  message: string;
}

function describeSchemaError(error: ErrorObject): DescribedError | undefined {
  const path = instancePath(error.instancePath);
  const name = path.length > 0 ? String(path[path.length - 1]) : 'config';
  // A failed oneOf also reports why each branch failed; its own summary says it better.
  if (error.schemaPath.includes('/oneOf/')) return undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty);
      return { path: [...path, extra], onKey: true, message: `unknown key '${extra}'` };
    }
    case 'required':
      return {
        path,
        onKey: false,
        message: `'${name}' is missing required key '${String(error.params.missingProperty)}'`,
      };
    case 'oneOf':
      if (path[path.length - 1] === 'workload') {
        return {
          path,
          onKey: false,
          message: "workload needs exactly one of 'lambda' (with optional 'payload') or 'command'",
        };
      }
      return { path, onKey: false, message: `'${name}' ${error.message ?? 'is invalid'}` };
    case 'type': {
      // YAML reads `account: 000000000000` as the number 0; say how to keep the digits.
      const hint = name === 'account' ? ' (quote it: account: "000000000000")' : '';
      return {
        path,
        onKey: false,
        message: `'${name}' must be a ${String(error.params.type)}${hint}`,
      };
    }
    case 'const':
      return {
        path,
        onKey: false,
        message: `'${name}' must be ${JSON.stringify(error.params.allowedValue)}`,
      };
    case 'enum':
      return {
        path,
        onKey: false,
        message: `'${name}' must be one of: ${(error.params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'pattern':
      return { path, onKey: false, message: patternMessage(name) };
    default:
      return { path, onKey: false, message: `'${name}' ${error.message ?? 'is invalid'}` };
  }
}

function patternMessage(name: string): string {
  switch (name) {
    case 'emulator':
      return "'emulator' must be embedded, localemu, or an http(s):// endpoint URL";
    case 'account':
      return "'account' must be a 12-digit AWS account id";
    case 'region':
      return "'region' must be a region name such as us-east-1";
    case 'timeout':
      return "'timeout' must be a duration such as 500ms, 30s or 2m";
    default:
      return `'${name}' has an invalid format`;
  }
}

function instancePath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^[0-9]+$/.test(seg) ? Number(seg) : seg));
}

function formatKeyPath(path: (string | number)[]): string {
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
    .join('');
}

/** Finds the YAML node for a JSON path; falls back to the nearest ancestor that exists. */
function locate(doc: Document, path: (string | number)[], onKey: boolean, at: Locate) {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    if (onKey && depth === path.length && depth > 0) {
      const parent = depth === 1 ? doc.contents : doc.getIn(prefix.slice(0, -1), true);
      const keyOffset = findKeyOffset(parent, prefix[prefix.length - 1]);
      if (keyOffset !== undefined) return at(keyOffset);
      continue;
    }
    const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
    if (isNode(node) && node.range) return at(node.range[0]);
  }
  return { line: 1, column: 1 };
}

function findKeyOffset(parent: unknown, key: string | number): number | undefined {
  if (!parent || typeof parent !== 'object' || !('items' in parent)) return undefined;
  for (const item of (parent as { items: unknown[] }).items) {
    const pairKey = (item as { key?: unknown }).key;
    if (isNode(pairKey) && (pairKey as { value?: unknown }).value === key && pairKey.range) {
      return pairKey.range[0];
    }
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
