/** The config's `ignore:` key: accepted with a reason, rejected without one, located. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDiagnostic } from '../../src/common/diagnostic.js';
import { InputError } from '../../src/common/errors.js';
import { parseConfig } from '../../src/mutate/config/load-config.js';

const source = { file: '.github/iam-mutate.yml', rootDir: '/repo' };
const base = `version: 1
targets:
  - policy: policies/app.json
    role: app
    workload:
      command: "true"
`;

describe('config ignore:', () => {
  it('defaults to no entries', () => {
    assert.deepEqual(parseConfig(base, source).ignore, []);
  });

  it('keeps policy, sid, code and reason', () => {
    const config = parseConfig(
      `${base}ignore:
  - policy: policies/app.json
    sid: ReadAll
    code: WILDCARD_RESOURCE
    reason: the bucket list is dynamic
`,
      source,
    );
    assert.deepEqual(config.ignore, [
      {
        policy: 'policies/app.json',
        sid: 'ReadAll',
        code: 'WILDCARD_RESOURCE',
        reason: 'the bucket list is dynamic',
      },
    ]);
  });

  it('requires a reason, and something to match, at the entry', () => {
    for (const entry of ['  - code: WILDCARD_RESOURCE\n', '  - reason: everything\n']) {
      try {
        parseConfig(`${base}ignore:\n${entry}`, source);
        assert.fail('expected a rejection');
      } catch (error) {
        assert.ok(error instanceof InputError);
        const text = error.diagnostics.map(formatDiagnostic).join('\n');
        assert.match(text, /\.github\/iam-mutate\.yml:8:\d+/);
      }
    }
  });
});
