import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  equalities,
  statementContext,
} from '../../src/emulator/services/dynamodb/partiql/partiql-execute.js';
import { parseStatement } from '../../src/emulator/services/dynamodb/partiql/partiql-parser.js';
import type { Table } from '../../src/emulator/services/dynamodb/dynamodb-store.js';

const table = { keySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }] } as unknown as Table;

describe('DynamoDB PartiQL statements', () => {
  it('parses SELECT with projection, index, parameters and conditions', () => {
    const s = parseStatement(
      `SELECT a, "b".c[0] FROM "t"."idx" WHERE pk = ? AND n BETWEEN 1 AND 5 AND x IS NOT MISSING`,
      [{ S: 'k' }],
    );
    assert.equal(s.kind, 'select');
    if (s.kind !== 'select') return;
    assert.equal(s.table, 't');
    assert.equal(s.index, 'idx');
    assert.deepEqual(s.projection, [
      [{ kind: 'attr', name: 'a' }],
      [
        { kind: 'attr', name: 'b' },
        { kind: 'attr', name: 'c' },
        { kind: 'index', index: 0 },
      ],
    ]);
    assert.deepEqual(equalities(s.where).get('pk'), { S: 'k' });
  });

  it('parses INSERT values: strings with quotes, numbers, booleans, null, maps, lists, sets', () => {
    const s = parseStatement(
      `INSERT INTO t VALUE {'pk': 'it''s', 'n': 1.50, 'b': TRUE, 'z': NULL, 'm': {'x': [1, 'y']}, 's': <<1, 2>>}`,
    );
    assert.equal(s.kind, 'insert');
    if (s.kind !== 'insert') return;
    assert.deepEqual(s.item, {
      pk: { S: "it's" },
      n: { N: '1.5' },
      b: { BOOL: true },
      z: { NULL: true },
      m: { M: { x: { L: [{ N: '1' }, { S: 'y' }] } } },
      s: { NS: ['1', '2'] },
    });
  });

  it('parses UPDATE with SET/REMOVE in either style, and DELETE', () => {
    const a = parseStatement(`UPDATE t SET a = 1 SET b = 'x' REMOVE c WHERE pk = 'k'`);
    const b = parseStatement(`UPDATE t SET a = 1, b = 'x' REMOVE c WHERE pk = 'k'`);
    assert.deepEqual(a, b);
    assert.equal(parseStatement(`DELETE FROM t WHERE pk = 'k'`).kind, 'delete');
  });

  it('context: LeadingKeys when the partition key is pinned; FullTableScan for SELECT', () => {
    assert.deepEqual(statementContext(parseStatement(`SELECT * FROM t WHERE pk = 'k'`), table), {
      'dynamodb:LeadingKeys': ['k'],
      'dynamodb:FullTableScan': false,
    });
    assert.deepEqual(statementContext(parseStatement(`SELECT * FROM t WHERE n > 1`), table), {
      'dynamodb:FullTableScan': true,
    });
  });

  it('rejects malformed statements and parameter count mismatches', () => {
    assert.throws(() => parseStatement('SELEKT * FROM t'), {
      name: 'AwsError',
      message: /^Statement wasn't well formed/,
    });
    assert.throws(() => parseStatement('DELETE FROM t'), /WHERE clause is required/);
    assert.throws(() => parseStatement(`SELECT * FROM t WHERE pk = ?`), {
      message: "Number of parameters in request and statement don't match.",
    });
    assert.throws(() => parseStatement(`SELECT * FROM t`, [{ S: 'x' }]), {
      message: "Number of parameters in request and statement don't match.",
    });
  });
});

describe('DynamoDB PartiQL never crashes', () => {
  it('any token soup parses or fails with an AwsError', () => {
    const parts = [
      'SELECT ',
      'INSERT INTO ',
      'UPDATE ',
      'DELETE FROM ',
      'VALUE ',
      'WHERE ',
      'SET ',
      'REMOVE ',
      ' AND ',
      ' OR ',
      'NOT ',
      ' IS ',
      'MISSING ',
      'BETWEEN ',
      ' IN ',
      '*',
      '"t"',
      't',
      '.',
      'a',
      '[0]',
      "'s'",
      "'",
      '"',
      '1',
      '-2.5',
      '?',
      '=',
      '!=',
      '<',
      '(',
      ')',
      '{',
      '}',
      '[',
      ']',
      '<<',
      '>>',
      ',',
      ':',
      'begins_with',
      'size',
      ' ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...parts), { maxLength: 14 }),
        fc.nat(3),
        (tokens, n) => {
          try {
            parseStatement(
              tokens.join(''),
              Array.from({ length: n }, () => ({ S: 'p' })),
            );
          } catch (error) {
            if (!(error instanceof Error) || error.name !== 'AwsError') throw error;
          }
        },
      ),
      { numRuns: 3000, seed: 7 },
    );
  });
});
