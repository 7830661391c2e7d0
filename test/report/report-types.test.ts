/**
 * The report's types are derived from its schema (src/common/schema-type.ts); these checks
 * fail to compile if the derivation ever widens a field to `unknown` or loses a literal.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FromSchema } from '../../src/common/schema-type.js';
import type { MutantStatus } from '../../src/mutate/verdict.js';
import type {
  CallRecord,
  MutantReport,
  Report,
  StatementReport,
  StatementSuggestion,
  TargetReport,
} from '../../src/report/report-types.js';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Equal<A, B>): boolean => proof;

describe('types derived from the report schema', () => {
  it('keep every field, its optionality and its literals', () => {
    assert.ok(same<Report['schemaVersion'], 1>(true));
    assert.ok(same<Report['tool'], { name: 'iam-mutate'; version: string }>(true));
    assert.ok(
      same<
        CallRecord,
        {
          action: string;
          resource: string;
          decision: 'allow' | 'explicit-deny' | 'implicit-deny';
          matchedSids: string[];
        }
      >(true),
    );
    assert.ok(same<StatementReport['status'], MutantStatus>(true));
    assert.ok(same<StatementReport['justified'], boolean | null>(true));
    assert.ok(same<StatementReport['deniedAction'], string | null | undefined>(true));
    assert.ok(same<StatementReport['effect'], 'Allow' | 'Deny'>(true));
    assert.ok(
      same<
        StatementSuggestion,
        { statement: Record<string, unknown> | null; verified: boolean; reason: string }
      >(true),
    );
    assert.ok(same<MutantReport['rerun'], boolean | undefined>(true));
    assert.ok(same<TargetReport['score'], number | null>(true));
    assert.ok(
      same<NonNullable<TargetReport['suggestedPolicy']>['policy'], Record<string, unknown>>(true),
    );
  });

  it('FromSchema: required vs optional keys, unions, maps, untyped values', () => {
    const schema = {
      type: 'object',
      required: ['a'],
      properties: {
        a: { type: 'integer' },
        b: { type: ['string', 'null'] },
        c: { type: 'object', additionalProperties: { type: 'boolean' } },
        d: { description: 'anything' },
      },
    } as const;
    assert.equal(schema.type, 'object');
    assert.ok(
      same<
        FromSchema<typeof schema>,
        { a: number; b?: string | null; c?: Record<string, boolean>; d?: unknown }
      >(true),
    );
  });
});
