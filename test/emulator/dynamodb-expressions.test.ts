import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { AttributeValue, Item } from '../../src/emulator/services/dynamodb/attribute-value.js';
import { checkValue, compareValues } from '../../src/emulator/services/dynamodb/attribute-value.js';
import {
  addNumbers,
  canonicalNumber,
  compareNumbers,
} from '../../src/emulator/services/dynamodb/dynamodb-number.js';
import { evaluateCondition } from '../../src/emulator/services/dynamodb/expressions/evaluate.js';
import { ExpressionContext } from '../../src/emulator/services/dynamodb/expressions/expression-context.js';
import {
  parseCondition,
  parseProjection,
  parseUpdate,
} from '../../src/emulator/services/dynamodb/expressions/parser.js';
import { project } from '../../src/emulator/services/dynamodb/expressions/projection.js';
import { applyUpdate } from '../../src/emulator/services/dynamodb/expressions/update.js';
import type { Table } from '../../src/emulator/services/dynamodb/dynamodb-store.js';
import { keyCondition } from '../../src/emulator/services/dynamodb/key-condition.js';

const item: Item = {
  pk: { S: 'user#1' },
  n: { N: '10' },
  name: { S: 'Ada' },
  tags: { SS: ['a', 'b'] },
  letters: { SS: ['a', 'z'] },
  lst: { L: [{ S: 'x' }, { N: '2' }] },
  mp: { M: { flag: { BOOL: true }, deep: { M: { v: { N: '1' } } } } },
};

function cond(
  source: string,
  values: Record<string, AttributeValue> = {},
  names: Record<string, string> = {},
): boolean {
  const ctx = new ExpressionContext(names, values);
  const c = parseCondition(source, 'ConditionExpression', ctx);
  ctx.assertAllUsed();
  return evaluateCondition(item, c, 'ConditionExpression');
}

function update(
  source: string,
  values: Record<string, AttributeValue> = {},
  names: Record<string, string> = {},
): Item {
  const ctx = new ExpressionContext(names, values);
  const actions = parseUpdate(source, ctx);
  ctx.assertAllUsed();
  return applyUpdate(item, actions, ['pk']);
}

describe('DynamoDB numbers', () => {
  it('are canonical, exact, and compared numerically', () => {
    assert.equal(canonicalNumber('007.50'), '7.5');
    assert.equal(canonicalNumber('-0.000'), '0');
    assert.equal(canonicalNumber('1e3'), '1000');
    assert.equal(canonicalNumber('1.5E-2'), '0.015');
    assert.equal(addNumbers('0.1', '0.2'), '0.3');
    assert.equal(
      addNumbers('12345678901234567890123456789012345678', '1'),
      '12345678901234567890123456789012345679',
    );
    assert.equal(addNumbers('5', '7', -1), '-2');
    assert.equal(compareNumbers('10', '9'), 1);
    assert.equal(compareNumbers('-1.5', '-1.25'), -1);
    assert.throws(() => canonicalNumber('abc'), {
      message: 'A value provided cannot be converted into a number',
    });
  });

  it('strings order by UTF-8 bytes, like DynamoDB', () => {
    assert.equal(compareValues({ S: 'B' }, { S: 'a' }), -1);
    assert.equal(compareValues({ S: 'a' }, { N: '1' }), undefined);
  });

  it('values are checked: one type, non-empty duplicate-free sets', () => {
    assert.throws(() => checkValue({}), {
      message:
        'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
    });
    assert.throws(() => checkValue({ S: 'a', N: '1' }), /more than one datatypes/);
    assert.throws(() => checkValue({ SS: [] }), {
      message: 'One or more parameter values were invalid: An string set  may not be empty',
    });
    assert.throws(() => checkValue({ NS: ['1', '1.0'] }), /contains duplicates/);
  });
});

describe('DynamoDB condition expressions', () => {
  it('comparisons, functions, BETWEEN, IN, NOT, AND/OR precedence', () => {
    assert.equal(cond('attribute_exists(pk)'), true);
    assert.equal(cond('attribute_not_exists(nope)'), true);
    assert.equal(cond('n > :v', { ':v': { N: '9.5' } }), true);
    assert.equal(cond('n BETWEEN :a AND :b', { ':a': { N: '1' }, ':b': { N: '10' } }), true);
    assert.equal(
      cond('#nm IN (:a, :b)', { ':a': { S: 'Bob' }, ':b': { S: 'Ada' } }, { '#nm': 'name' }),
      true,
    );
    assert.equal(cond('begins_with(pk, :p)', { ':p': { S: 'user#' } }), true);
    assert.equal(
      cond('contains(tags, :t) AND contains(lst, :x)', { ':t': { S: 'b' }, ':x': { S: 'x' } }),
      true,
    );
    assert.equal(cond('size(lst) = :two', { ':two': { N: '2' } }), true);
    assert.equal(
      cond('mp.deep.v = :one AND lst[1] = :two', { ':one': { N: '1' }, ':two': { N: '2' } }),
      true,
    );
    assert.equal(cond('attribute_type(mp, :m)', { ':m': { S: 'M' } }), true);
    assert.equal(cond('NOT attribute_exists(pk) OR n = :v', { ':v': { N: '10' } }), true);
    assert.equal(
      cond('attribute_exists(nope) OR attribute_exists(pk) AND n < :v', { ':v': { N: '0' } }),
      false,
    );
    // A missing attribute compares as false, except <>.
    assert.equal(cond('absent = :v', { ':v': { N: '1' } }), false);
    assert.equal(cond('absent <> :v', { ':v': { N: '1' } }), true);
  });

  it('rejects what AWS rejects, with its messages', () => {
    assert.throws(() => cond('status = :v', { ':v': { S: 'x' } }), {
      message:
        'Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status',
    });
    assert.throws(() => cond('#x = :v', { ':v': { S: 'x' } }), {
      message:
        'Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #x',
    });
    assert.throws(() => cond('pk = :missing'), {
      message:
        'Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :missing',
    });
    assert.throws(() => cond('attribute_exists(pk)', { ':unused': { S: 'x' } }), {
      message: 'Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}',
    });
    assert.throws(() => cond('foo(pk)'), {
      message: 'Invalid ConditionExpression: Invalid function name; function: foo',
    });
    assert.throws(() => cond('pk = '), /Invalid ConditionExpression: Syntax error; token: "<EOF>"/);
  });
});

describe('DynamoDB update expressions', () => {
  it('SET with arithmetic, if_not_exists, list_append and nested paths; REMOVE; ADD; DELETE', () => {
    const out = update(
      'SET n = n + :one, c = if_not_exists(c, :zero), lst = list_append(lst, :more), mp.deep.w = :one REMOVE #nm ADD tags :t DELETE letters :a',
      {
        ':one': { N: '1' },
        ':zero': { N: '0' },
        ':more': { L: [{ S: 'y' }] },
        ':t': { SS: ['c'] },
        ':a': { SS: ['a'] },
      },
      { '#nm': 'name' },
    );
    assert.deepEqual(out['n'], { N: '11' });
    assert.deepEqual(out['c'], { N: '0' });
    assert.deepEqual(out['lst'], { L: [{ S: 'x' }, { N: '2' }, { S: 'y' }] });
    assert.deepEqual(out['mp']?.M?.['deep'], { M: { v: { N: '1' }, w: { N: '1' } } });
    assert.equal(out['name'], undefined);
    assert.deepEqual(out['tags'], { SS: ['a', 'b', 'c'] });
    assert.deepEqual(out['letters'], { SS: ['z'] });
    // The input item is not modified.
    assert.deepEqual(item['n'], { N: '10' });
  });

  it('guards keys, overlapping paths, bad operands and missing parents', () => {
    assert.throws(() => update('SET pk = :v', { ':v': { S: 'x' } }), {
      message:
        'One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key',
    });
    assert.throws(
      () => update('SET n = :v REMOVE n', { ':v': { N: '1' } }),
      /Two document paths overlap with each other/,
    );
    assert.throws(() => update('ADD #nm :v', { ':v': { N: '1' } }, { '#nm': 'name' }), {
      message:
        'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING',
    });
    assert.throws(() => update('SET nope.child = :v', { ':v': { N: '1' } }), {
      message: 'The document path provided in the update expression is invalid for update',
    });
    assert.throws(() => update('SET x = absent + :v', { ':v': { N: '1' } }), {
      message: 'The provided expression refers to an attribute that does not exist in the item',
    });
  });
});

describe('DynamoDB projection expressions', () => {
  it('keep nested structure', () => {
    const ctx = new ExpressionContext({ '#m': 'mp' }, {});
    const paths = parseProjection('pk, #m.deep.v, lst[1]', ctx);
    assert.deepEqual(project(item, paths), {
      pk: { S: 'user#1' },
      mp: { M: { deep: { M: { v: { N: '1' } } } } },
      lst: { L: [{ N: '2' }] },
    });
  });
});

describe('DynamoDB key conditions', () => {
  const table = {
    keySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    attributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'N' },
    ],
  } as unknown as Table;
  const values = { ':p': { S: 'a' }, ':n': { N: '1' }, ':m': { N: '9' }, ':s': { S: 'x' } };

  function split(source: string) {
    const ctx = new ExpressionContext({}, values);
    return keyCondition(
      parseCondition(source, 'KeyConditionExpression', ctx),
      table.keySchema,
      table,
    );
  }

  it('splits the partition key equality from the sort key condition', () => {
    assert.deepEqual(split('pk = :p').hashValue, { S: 'a' });
    assert.equal(split(':p = pk AND sk BETWEEN :n AND :m').range?.kind, 'between');
    assert.equal(split('sk > :n AND pk = :p').range?.kind, 'compare');
  });

  it('rejects what AWS rejects, with its messages', () => {
    assert.throws(() => split('sk = :n'), {
      message: 'Query condition missed key schema element: pk',
    });
    assert.throws(() => split('pk = :p OR sk = :n'), {
      message:
        'Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: OR',
    });
    assert.throws(() => split('pk = :p AND sk > :n AND sk < :m'), {
      message: 'Conditions can be of length 1 or 2 only',
    });
    assert.throws(() => split('pk = :n'), {
      message:
        'One or more parameter values were invalid: Condition parameter type does not match schema type',
    });
    assert.throws(() => split('pk = :p AND colour = :s'), {
      message: 'Query key condition not supported',
    });
  });
});

describe('DynamoDB binaries survive updates and projections', () => {
  it('keeps B and BS as Buffers (set arithmetic and contains still work)', () => {
    const binary: Item = {
      pk: { S: 'k' },
      b: { B: Buffer.from('abc') },
      bs: { BS: [Buffer.from('x'), Buffer.from('y')] },
    };
    const ctx = new ExpressionContext({}, { ':x': { BS: [Buffer.from('x')] }, ':v': { N: '1' } });
    const updated = applyUpdate(binary, parseUpdate('SET n = :v DELETE bs :x', ctx), ['pk']);
    assert.ok(Buffer.isBuffer(updated['b']?.B));
    assert.deepEqual(updated['bs'], { BS: [Buffer.from('y')] });
    const check = new ExpressionContext({}, { ':c': { B: Buffer.from('bc') } });
    assert.equal(
      evaluateCondition(
        updated,
        parseCondition('contains(b, :c)', 'ConditionExpression', check),
        'ConditionExpression',
      ),
      true,
    );
    const projected = project(updated, parseProjection('b', new ExpressionContext()));
    assert.ok(Buffer.isBuffer(projected['b']?.B));
  });
});

describe('DynamoDB expressions never crash', () => {
  it('any input parses to a result or an AwsError (never an internal error)', () => {
    const alphabet = [
      'a',
      'b',
      '#n',
      ':v',
      ':w',
      '(',
      ')',
      '[0]',
      '.',
      ',',
      '=',
      '<>',
      '<',
      '>=',
      '+',
      '-',
      ' AND ',
      ' OR ',
      'NOT ',
      ' BETWEEN ',
      ' IN ',
      'size',
      'attribute_exists',
      'begins_with',
      'SET ',
      'REMOVE ',
      'ADD ',
      'DELETE ',
      'if_not_exists',
      'list_append',
      ' ',
      '1',
      '@',
    ];
    const values = { ':v': { N: '1' }, ':w': { S: 'x' } } as Record<string, AttributeValue>;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (parts) => {
        const source = parts.join('');
        for (const run of [
          () =>
            evaluateCondition(
              item,
              parseCondition(
                source,
                'ConditionExpression',
                new ExpressionContext({ '#n': 'n' }, values),
              ),
              'ConditionExpression',
            ),
          () =>
            applyUpdate(item, parseUpdate(source, new ExpressionContext({ '#n': 'n' }, values)), [
              'pk',
            ]),
          () =>
            project(item, parseProjection(source, new ExpressionContext({ '#n': 'n' }, values))),
        ]) {
          try {
            run();
          } catch (error) {
            if (!(error instanceof Error) || error.name !== 'AwsError') throw error;
          }
        }
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
});
