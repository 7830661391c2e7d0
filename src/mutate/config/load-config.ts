import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Diagnostic, SourcePosition } from '../../common/diagnostic.js';
import { InputError } from '../../common/errors.js';
import { formatKeyPath, locate, schemaDiagnostics } from './config-diagnostics.js';
import { validate as generatedValidator } from './config-validate.generated.js';
import type { ConfigLocation, IamMutateConfig, RawConfig } from './config-types.js';
import { semanticDiagnostics } from './semantic-checks.js';
import { toConfig } from './to-config.js';

export { parseDuration } from './to-config.js';

/**
 * The schema's validator, compiled when the schema changes (`npm run schemas`), not at every
 * start; test/schema.test.ts fails when it is stale.
 */
const validateSchema = generatedValidator as unknown as ValidateFunction;

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

  const data: unknown = toData(doc, source.file, at);
  if (data === null || data === undefined) {
    throw new InputError([
      { file: source.file, message: 'config file is empty', severity: 'error' },
    ]);
  }
  if (!validateSchema(data)) {
    throw new InputError(schemaDiagnostics(validateSchema.errors ?? [], doc, source.file, at));
  }
  const semantic = semanticDiagnostics(data as RawConfig, doc, source.file, at);
  if (semantic.length > 0) throw new InputError(semantic);
  const config = toConfig(data as RawConfig, source);
  Object.defineProperty(config, 'locate', {
    enumerable: false,
    value: (keyPath: (string | number)[]): ConfigLocation => ({
      file: source.file,
      position: locate(doc, keyPath, false, at),
      key: formatKeyPath(keyPath),
    }),
  });
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

/** Aliases a config may expand: far more than any real one uses, far fewer than a bomb. */
const MAX_ALIAS_COUNT = 100;

/** The document's value; an alias bomb is bad input at its first alias, not a hang or a crash. */
function toData(doc: Document, file: string, at: (offset: number) => SourcePosition): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let first: number | undefined;
    visit(doc, {
      Alias(_, node) {
        first = node.range?.[0];
        return visit.BREAK;
      },
    });
    throw new InputError([
      {
        file,
        ...(first !== undefined && { position: at(first) }),
        message: `invalid YAML: ${firstLine(error.message)} (aliases expand to more than ${MAX_ALIAS_COUNT} nodes)`,
        severity: 'error',
      },
    ]);
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
