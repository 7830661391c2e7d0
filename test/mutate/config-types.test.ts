/** The config's types are derived from its schema; these checks fail to compile if one widens. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type {
  IamMutateConfig,
  RawConfig,
  RawTarget,
} from '../../src/mutate/config/config-types.js';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Equal<A, B>): boolean => proof;

describe('types derived from the config schema', () => {
  it('keep every key, its optionality and its literals', () => {
    assert.ok(same<RawConfig['version'], 1>(true));
    assert.ok(same<RawConfig['verify'], 'all' | 'survivors' | 'none' | undefined>(true));
    assert.ok(same<IamMutateConfig['enforcement'], 'strict' | 'soft'>(true));
    assert.ok(same<RawConfig['substitute'], Record<string, string> | undefined>(true));
    assert.ok(same<RawTarget['probes'], string[] | undefined>(true));
    assert.ok(same<RawTarget['expect'], unknown>(true));
    assert.ok(
      same<RawTarget['workload'], { lambda?: string; payload?: string; command?: string }>(true),
    );
  });
});
