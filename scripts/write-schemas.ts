// Writes the published JSON Schemas in schema/, the config reference in docs/ and the config
// validator in src/ from the objects the code validates with, so they cannot drift
// (test/schema.test.ts checks they are equal).
import { writeFileSync } from 'node:fs';
import { configSchema } from '../src/mutate/config/config-schema.js';
import { reportSchema } from '../src/report/report-schema.js';
import { renderConfigValidator } from './config-validator-code.js';
import { renderConfigReference } from './render-config-doc.js';

export function renderSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Every generated file and its content. */
export const generatedFiles: Record<string, string> = {
  'schema/config.schema.json': renderSchema(configSchema),
  'schema/report.schema.json': renderSchema(reportSchema),
  'docs/config.md': renderConfigReference(configSchema),
  'src/mutate/config/config-validate.generated.ts': renderConfigValidator(),
};

if (process.argv[1]?.endsWith('write-schemas.js')) {
  for (const [file, content] of Object.entries(generatedFiles)) {
    writeFileSync(file, content);
    process.stderr.write(`wrote ${file}\n`);
  }
}
