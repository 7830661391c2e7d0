import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';

// build/test/helpers/x.js -> repository root
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * A validator for the official SARIF 2.1.0 schema (test/fixtures/sarif/sarif-schema-2.1.0.json,
 * from the OASIS TC's repository github.com/oasis-tcs/sarif-spec, sarif-2.1/schema/, commit
 * e0583813). The schema is written in JSON Schema draft-04, which ajv 8 does not load as such;
 * the only draft-04 construct it uses is `id`, so it is renamed to `$id` and validated under
 * ajv's draft-07 semantics (same meaning for every keyword the schema uses: no boolean
 * exclusiveMinimum/Maximum appear). Formats (uri, uri-reference, date-time) are checked with
 * small validators of our own.
 */
export function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(path.join(repoRoot, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'),
  ) as Record<string, unknown>;
  const { $schema: _draft04, id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///') && !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...rest, $id: id as string });
}
