import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EmulatorCore } from '../../src/emulator/services/service-types.js';
import { matchesFilters } from '../../src/emulator/services/ssm/ssm-filters.js';
import { validateParameterName } from '../../src/emulator/services/ssm/ssm-names.js';
import { parametersUnder } from '../../src/emulator/services/ssm/ssm-path.js';
import { SsmStore, type Parameter } from '../../src/emulator/services/ssm/ssm-store.js';

const core = { accountId: '000000000000', region: 'us-east-1' } as EmulatorCore;

function parameter(
  name: string,
  type: 'String' | 'SecureString' = 'String',
  labels: string[] = [],
): Parameter {
  return {
    name,
    tags: [],
    versions: [
      {
        version: 1,
        type,
        value: 'v',
        tier: 'Standard',
        dataType: 'text',
        labels,
        lastModifiedDate: new Date(0),
        lastModifiedUser: 'x',
      },
    ],
  };
}

describe('SSM parameter names and ARNs', () => {
  const store = new SsmStore(core);
  store.parameters.set('/iam-mvp/runtime-config', parameter('/iam-mvp/runtime-config'));
  store.parameters.set('flat', parameter('flat', 'String', ['prod']));

  it('hierarchical names do not double the slash in the ARN', () => {
    assert.equal(
      store.arn('us-east-1', '/iam-mvp/runtime-config'),
      'arn:aws:ssm:us-east-1:000000000000:parameter/iam-mvp/runtime-config',
    );
    assert.equal(
      store.arn('eu-west-1', 'flat'),
      'arn:aws:ssm:eu-west-1:000000000000:parameter/flat',
    );
  });

  it('selectors and ARNs resolve to names', () => {
    assert.deepEqual(store.select('/a/b:3'), { name: '/a/b', selector: '3' });
    assert.deepEqual(
      store.select('arn:aws:ssm:us-east-1:000000000000:parameter/iam-mvp/runtime-config'),
      { name: '/iam-mvp/runtime-config' },
    );
    assert.deepEqual(store.select('arn:aws:ssm:us-east-1:000000000000:parameter/flat'), {
      name: 'flat',
    });
    assert.equal(store.resolve('flat:prod').version.version, 1);
    assert.throws(() => store.resolve('flat:2'), {
      name: 'AwsError',
      message:
        'Systems Manager could not find version 2 of flat. Verify the version and try again.',
    });
    assert.throws(
      () => store.resolve('/missing'),
      (e: Error & { code?: string }) => e.code === 'ParameterNotFound',
    );
  });

  it('reserved and malformed names are rejected', () => {
    for (const bad of ['aws-thing', '/ssm/x', 'a/b', '/a//b', 'sp ace'])
      assert.throws(() => validateParameterName(bad), { name: 'AwsError' }, bad);
    validateParameterName('/ok/name_1.2-3');
  });
});

describe('SSM paths and filters', () => {
  const all = ['/a/x', '/a/b/y', '/a/b/c/z', '/ab/w', 'flat'].map((n) => parameter(n));
  it('one level by default, every descendant when recursive', () => {
    assert.deepEqual(
      parametersUnder(all, '/a', false).map((p) => p.name),
      ['/a/x'],
    );
    assert.deepEqual(
      parametersUnder(all, '/a/', true).map((p) => p.name),
      ['/a/b/c/z', '/a/b/y', '/a/x'],
    );
  });
  it('ParameterFilters: Name BeginsWith ignores the leading slash; Path OneLevel/Recursive', () => {
    const names = (filters: Parameters<typeof matchesFilters>[1]) =>
      all.filter((p) => matchesFilters(p, filters)).map((p) => p.name);
    assert.deepEqual(names([{ Key: 'Name', Option: 'BeginsWith', Values: ['a/b'] }]), [
      '/a/b/y',
      '/a/b/c/z',
    ]);
    assert.deepEqual(names([{ Key: 'Path', Option: 'Recursive', Values: ['/a/b'] }]), [
      '/a/b/y',
      '/a/b/c/z',
    ]);
    assert.deepEqual(names([{ Key: 'Path', Values: ['/a/b'] }]), ['/a/b/y']);
  });
});
