// Writes the published JSON Schemas in schema/ from the objects the code validates with,
// so the two cannot drift (test/schema.test.ts checks they are equal).
import { writeFileSync } from 'node:fs';
import { configSchema } from '../src/mutate/config/config-schema.js';
import { reportSchema } from '../src/report/report-schema.js';

export const publishedSchemas: Record<string, unknown> = {
  'schema/config.schema.json': configSchema,
  'schema/report.schema.json': reportSchema,
};

export function renderSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('write-schemas.js')) {
  for (const [file, schema] of Object.entries(publishedSchemas)) {
    writeFileSync(file, renderSchema(schema));
    process.stderr.write(`wrote ${file}\n`);
  }
}
