import { readFile } from 'node:fs/promises';
import { InputError } from '../common/errors.js';
import { parsePolicy, validatePolicy, type ParsedPolicy } from '../policy/index.js';

/** A policy file's text and its one parse with positions. */
export interface LoadedPolicy {
  text: string;
  parsed: ParsedPolicy;
}

/**
 * Reads, parses and validates a policy file as an identity policy, before anything starts:
 * bad input fails with file:line:column and nothing half-done.
 */
export async function loadPolicy(file: string, shown: string): Promise<LoadedPolicy> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError([
      { file: shown, message: 'policy file cannot be read', severity: 'error' },
    ]);
  }
  const result = parsePolicy(text, shown);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.value === undefined || errors.length > 0) throw new InputError(errors);
  const invalid = validatePolicy(result.value, { kind: 'identity' }).filter(
    (d) => d.severity === 'error',
  );
  if (invalid.length > 0) throw new InputError(invalid);
  return { text, parsed: result.value };
}
