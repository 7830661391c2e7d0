import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { configSchema } from '../src/mutate/config/config-schema.js';
import { generatedFiles } from '../scripts/write-schemas.js';

describe('generated schemas and docs', () => {
  for (const [file, content] of Object.entries(generatedFiles)) {
    it(`${file} matches the schema the code validates with (npm run schemas)`, () => {
      assert.equal(readFileSync(file, 'utf8'), content);
    });
  }

  it('docs/config.md names every key of the config schema', () => {
    const doc = generatedFiles['docs/config.md'] ?? '';
    const target = configSchema.properties.targets.items;
    const keys = [
      ...Object.keys(configSchema.properties),
      ...Object.keys(target.properties),
      ...Object.keys(target.properties.workload.properties),
    ];
    for (const key of keys) assert.ok(doc.includes(`| \`${key}\` |`), `docs/config.md: ${key}`);
    for (const key of ['verify', 'probes', 'expect']) assert.ok(keys.includes(key));
  });
});
