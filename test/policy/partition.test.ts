/** Regions to partitions, as ARNs name them (IAM User Guide, reference-arns.html). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partitionOfRegion } from '../../src/policy/partition.js';

test('a region names its partition', () => {
  assert.equal(partitionOfRegion('us-east-1'), 'aws');
  assert.equal(partitionOfRegion('eu-west-3'), 'aws');
  assert.equal(partitionOfRegion('cn-north-1'), 'aws-cn');
  assert.equal(partitionOfRegion('cn-northwest-1'), 'aws-cn');
  assert.equal(partitionOfRegion('us-gov-west-1'), 'aws-us-gov');
  assert.equal(partitionOfRegion('us-gov-east-1'), 'aws-us-gov');
  assert.equal(partitionOfRegion('us-iso-east-1'), 'aws-iso');
  assert.equal(partitionOfRegion('us-isob-east-1'), 'aws-iso-b');
});
