/** The strict JSON parser agrees with JSON.parse on valid JSON and locates every value. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type JsonNode, parseJson } from '../../src/policy/json/parse-json.js';

function toValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const m of node.members)
        Object.defineProperty(out, m.key, {
          value: toValue(m.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return out;
    }
    case 'array':
      return node.items.map(toValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

test('agrees with JSON.parse on arbitrary JSON', () => {
  fc.assert(
    fc.property(fc.json(), (text) => {
      const parsed = parseJson(text);
      assert.ok('node' in parsed, JSON.stringify(parsed));
      assert.deepEqual(toValue(parsed.node), JSON.parse(text));
    }),
    { seed: 1, numRuns: 1000 },
  );
});

test('agrees with JSON.parse on what is valid, on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 30 }), (text) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      assert.equal('node' in parseJson(text), valid, text);
    }),
    { seed: 2, numRuns: 3000 },
  );
});

test('every value knows where it is', () => {
  const text = '{ "a": [1, "x", {"b": null}] }';
  const parsed = parseJson(text);
  assert.ok('node' in parsed && parsed.node.type === 'object');
  const arr = parsed.node.members[0]!.value;
  assert.equal(text.slice(arr.start, arr.end), '[1, "x", {"b": null}]');
  assert.equal(parsed.node.members[0]!.keyStart, 2);
});

test('escapes decode', () => {
  const parsed = parseJson('"a\\u0041\\n\\"\\/"');
  assert.ok('node' in parsed && parsed.node.type === 'string');
  assert.equal(parsed.node.value, 'aA\n"/');
});
