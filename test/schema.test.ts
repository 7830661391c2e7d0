import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { publishedSchemas, renderSchema } from '../scripts/write-schemas.js';

describe('published schemas', () => {
  for (const [file, schema] of Object.entries(publishedSchemas)) {
    it(`${file} matches the schema the code validates with (npm run schemas)`, () => {
      assert.equal(readFileSync(file, 'utf8'), renderSchema(schema));
    });
  }
});
