import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  matrixJson,
  planShards,
  shardCountForMax,
  shardTargets,
  weighTargets,
} from '../../src/shard/plan-shards.js';
import { parseShardSpec } from '../../src/shard/shard-spec.js';
import { InputError } from '../../src/common/errors.js';

const targets = (weights: number[]) =>
  weights.map((weight, i) => ({ policy: `p${i}.json`, role: `r${i}`, weight }));

describe('planShards', () => {
  it('puts the heaviest target on the lightest shard: loads within one target of each other', () => {
    const plan = planShards(targets([9, 1, 1, 1, 5, 4, 3, 2, 2, 2]), 3, 'timings');
    const loads = [1, 2, 3].map((s) =>
      plan.targets
        .map((t, i) => (t.shard === s ? [9, 1, 1, 1, 5, 4, 3, 2, 2, 2][i]! : 0))
        .reduce((a, b) => a + b, 0),
    );
    assert.deepEqual(loads.sort(), [10, 10, 10]);
    // Config order is kept, within the plan and within each shard.
    assert.deepEqual(
      plan.targets.map((t) => t.policy),
      targets([9, 1, 1, 1, 5, 4, 3, 2, 2, 2]).map((t) => t.policy),
    );
  });

  it('is deterministic: equal weights are dealt in config order', () => {
    const a = planShards(targets([1, 1, 1, 1, 1, 1, 1]), 3, 'statements');
    const b = planShards(targets([1, 1, 1, 1, 1, 1, 1]), 3, 'statements');
    assert.deepEqual(a, b);
    assert.deepEqual(shardTargets(a, 1), ['p0.json', 'p3.json', 'p6.json']);
    assert.deepEqual(shardTargets(a, 2), ['p1.json', 'p4.json']);
  });

  it('leaves empty shards out of the matrix (more shards than targets)', () => {
    const plan = planShards(targets([3, 2]), 4, 'statements');
    assert.deepEqual(matrixJson(plan), {
      include: [
        { shard: '1/4', targets: ['p0.json'] },
        { shard: '2/4', targets: ['p1.json'] },
      ],
    });
    assert.deepEqual(shardTargets(plan, 4), []);
  });

  it('--max-per-shard: enough shards for at most K targets each', () => {
    assert.equal(shardCountForMax(60, 15), 4);
    assert.equal(shardCountForMax(61, 15), 5);
    assert.equal(shardCountForMax(0, 15), 1);
  });
});

describe('weighTargets', () => {
  const three = [
    { policy: 'a', role: 'r', statements: 4 },
    { policy: 'b', role: 'r', statements: 1 },
    { policy: 'c', role: 'r', statements: 2 },
  ];
  it('without timings: statement counts plus one for the baseline', () => {
    const { basis, weighted } = weighTargets(three, new Map());
    assert.equal(basis, 'statements');
    assert.deepEqual(
      weighted.map((w) => w.weight),
      [5, 2, 3],
    );
  });
  it('with timings: durations, and the mean of the known ones for a target without one', () => {
    const { basis, weighted } = weighTargets(
      three,
      new Map([
        ['a', 100],
        ['c', 300],
      ]),
    );
    assert.equal(basis, 'timings');
    assert.deepEqual(
      weighted.map((w) => w.weight),
      [100, 200, 300],
    );
  });
});

describe('parseShardSpec', () => {
  it('reads I/N', () => assert.deepEqual(parseShardSpec('2/4'), { index: 2, count: 4 }));
  for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '1/257', '-1/4', '1/4/2']) {
    it(`refuses '${bad}' with a message naming the flag`, () => {
      assert.throws(
        () => parseShardSpec(bad),
        (e: unknown) => e instanceof InputError && /--shard/.test(e.message),
      );
    });
  }
});
