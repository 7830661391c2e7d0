/**
 * The README's config reference names every key the config schema accepts (issue 16): a key
 * added to schema/config.schema.json without a word in the README fails here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

function propertyNames(schema: unknown, into = new Set<string>()): Set<string> {
  if (schema === null || typeof schema !== 'object') return into;
  const properties = (schema as { properties?: Record<string, unknown> }).properties;
  if (properties !== undefined) for (const key of Object.keys(properties)) into.add(key);
  for (const value of Object.values(schema)) propertyNames(value, into);
  return into;
}

describe('README config reference', () => {
  it('names every key of schema/config.schema.json in backticks', () => {
    const schema: unknown = JSON.parse(readFileSync('schema/config.schema.json', 'utf8'));
    const readme = readFileSync('README.md', 'utf8');
    const keys = [...propertyNames(schema)];
    assert.ok(keys.includes('verify') && keys.includes('probes') && keys.includes('expect'));
    const missing = keys.filter(
      (key) => !new RegExp('`[^`\\n]*\\b' + key.replace(/-/g, '\\-') + '\\b[^`\\n]*`').test(readme),
    );
    assert.deepEqual(missing, []);
  });
});
